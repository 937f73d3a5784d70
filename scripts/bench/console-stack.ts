// The console as bench:load and bench:typing measure it: the production server (dist-server/main.js)
// in real mode with a shared token, forwarding to the e2e suite's fake Konnect on loopback.
import { spawnSync } from 'node:child_process'
import { startConsoleServer } from '../../e2e/konnect/console-server'
import { FakeKonnect } from '../../e2e/konnect/fake-konnect'

/** Shaped like a personal access token so the server accepts it; only the fake Konnect knows it. */
const BENCH_TOKEN = 'kpat_benchToken0123456789'

export interface ConsoleStack {
  /** Where the browser opens the console, e.g. http://127.0.0.1:41234 */
  url: string
  stop(): Promise<void>
}

/** `npm run build`: the real-mode app into dist/ and the server into dist-server/. */
export function buildConsole(root: string): void {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) throw new Error('npm run build failed')
}

export async function startConsoleStack(): Promise<ConsoleStack> {
  const upstream = await FakeKonnect.start(BENCH_TOKEN)
  try {
    const server = await startConsoleServer({ token: BENCH_TOKEN, apiUrl: upstream.apiUrl })
    return {
      url: server.url,
      stop: async () => {
        await server.stop()
        await upstream.stop()
      },
    }
  } catch (error) {
    await upstream.stop()
    throw error
  }
}
