// The `konnect` project's fixtures: each worker runs its own fake Konnect and its own production
// server in Konnect mode pointed at it, so workers share nothing and tests may stop or break Konnect.
import { expect, test as base } from '../fixtures'
import { startConsoleServer, type ConsoleServer } from './console-server'
import { FakeKonnect } from './fake-konnect'
import { watchForSecret, type SecretWatch } from './secret-watch'

/** Shaped like a personal access token, so the server accepts it; it must never reach the browser. */
export const TEST_TOKEN = 'kpat_e2eTestToken0123456789'

interface KonnectStack {
  upstream: FakeKonnect
  server: ConsoleServer
}

interface KonnectWorkerFixtures {
  konnectStack: KonnectStack
}

interface KonnectTestFixtures {
  /**
   * The fake Konnect, listening, back on the seed data with a valid token at each test's start.
   * Afterwards every call it received must have carried the server's token.
   */
  upstream: FakeKonnect
  /** Fails the test if the token shows up anywhere between the page and the server. */
  secretWatch: SecretWatch
}

export const test = base.extend<KonnectTestFixtures, KonnectWorkerFixtures>({
  konnectStack: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads dependencies from this pattern; there are none.
    async ({}, use) => {
      const upstream = await FakeKonnect.start(TEST_TOKEN)
      let server: ConsoleServer
      try {
        server = await startConsoleServer({ token: TEST_TOKEN, apiUrl: upstream.apiUrl })
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

  baseURL: async ({ konnectStack }, use) => {
    await use(konnectStack.server.url)
  },

  upstream: [
    async ({ konnectStack }, use) => {
      // A test that stopped Konnect or revoked the token may have failed before undoing it.
      await konnectStack.upstream.resume()
      konnectStack.upstream.reset()
      await use(konnectStack.upstream)
      for (const call of konnectStack.upstream.requests) {
        expect(call.headers.authorization, `${call.method} ${call.url}`).toBe(
          `Bearer ${TEST_TOKEN}`,
        )
      }
    },
    { auto: true },
  ],

  secretWatch: [
    async ({ page, konnectStack }, use) => {
      const watch = watchForSecret(page, TEST_TOKEN)
      await use(watch)
      expect(await watch.findings(), 'the token in browser traffic').toEqual([])
      expect(konnectStack.server.output(), 'the server log').not.toContain(TEST_TOKEN)
    },
    { auto: true },
  ],
})

export { expect }
