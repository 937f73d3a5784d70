// Fixtures for sign-in mode: each worker runs a fake Konnect and the production server without a
// KONNECT_TOKEN, so every person signs in with their own. The token watch allows the token in one
// place only: the body of the sign-in request itself.
import type { Page } from '@playwright/test'
import { expect, test as base } from '../fixtures'
import { startConsoleServer, type ConsoleServer } from './console-server'
import { FakeKonnect } from './fake-konnect'
import { watchForSecret } from './secret-watch'

/** The token Konnect accepts for the person in these tests. */
export const PERSONAL_TOKEN = 'kpat_signInPerson0123456789'

interface SignInWorkerFixtures {
  signInStack: { upstream: FakeKonnect; server: ConsoleServer }
}

interface SignInTestFixtures {
  upstream: FakeKonnect
  /** Starts another server in sign-in mode against the same Konnect, e.g. with a short idle time. */
  startServer: (options: { sessionIdleMinutes?: number }) => Promise<ConsoleServer>
}

export const test = base.extend<SignInTestFixtures, SignInWorkerFixtures>({
  // 401s are what these tests are about: Chromium logs each one, React the failed page load.
  allowedConsoleErrors: /status of 401|ApiError: (Unauthorized|Sign in required)/,
  signInStack: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads dependencies from this pattern; there are none.
    async ({}, use) => {
      const upstream = await FakeKonnect.start(PERSONAL_TOKEN)
      let server: ConsoleServer
      try {
        server = await startConsoleServer({ apiUrl: upstream.apiUrl })
      } catch (error) {
        await upstream.stop()
        throw error
      }
      await use({ upstream, server })
      await server.stop()
      await upstream.stop()
    },
    { scope: 'worker', timeout: 30_000 },
  ],

  baseURL: async ({ signInStack }, use) => {
    await use(signInStack.server.url)
  },

  upstream: [
    async ({ signInStack, page }, use) => {
      signInStack.upstream.reset()
      const watch = watchForSecret(page, PERSONAL_TOKEN)
      await use(signInStack.upstream)
      // The sign-in request carries the token to the console's server; nothing else may.
      const findings = (await watch.findings()).filter(
        (finding) => !/^POST \S+\/api\/session: the token in the body$/.test(finding),
      )
      expect(findings, 'the token in browser traffic').toEqual([])
      expect(signInStack.server.output(), 'the server log').not.toContain(PERSONAL_TOKEN)
    },
    { auto: true },
  ],

  startServer: async ({ signInStack }, use) => {
    const started: ConsoleServer[] = []
    await use(async (options) => {
      const server = await startConsoleServer({ apiUrl: signInStack.upstream.apiUrl, ...options })
      started.push(server)
      return server
    })
    await Promise.all(started.map((server) => server.stop()))
  },
})

/** Everything page script can read: cookies, both storages and the page's text and markup. */
export async function readableByScript(page: Page): Promise<string> {
  return page.evaluate(() => {
    const stored = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => {
        const key = storage.key(index) ?? ''
        return `${key}=${storage.getItem(key) ?? ''}`
      }).join('\n')
    return [
      document.cookie,
      stored(localStorage),
      stored(sessionStorage),
      document.documentElement.outerHTML,
    ].join('\n')
  })
}

export { expect }
