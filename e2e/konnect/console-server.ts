// The console's production server, started the way an operator starts it: `node dist-server/main.js`
// with a token and a Konnect URL in the environment. Needs `npm run build` first.
import { spawn } from 'node:child_process'
import path from 'node:path'

const PROJECT_DIR = path.resolve(import.meta.dirname, '../..')
const STARTUP_TIMEOUT_MS = 20_000
// The CLI's one line once it listens: "… serving <dir> with Konnect <host> at http://127.0.0.1:<port>".
const LISTENING_LINE = /serving .+ at (http:\/\/127\.0\.0\.1:\d+)\n/

export interface ConsoleServer {
  /** Where the browser opens the console, e.g. `http://127.0.0.1:41234`. */
  readonly url: string
  /** Everything the server wrote to stdout and stderr so far (its request log, warnings). */
  output(): string
  stop(): Promise<void>
}

/** A SESSION_SECRET for sign-in mode in tests: long enough, and nothing else. */
export const TEST_SESSION_SECRET = 'e2e session secret, long enough to seal cookies'

export interface ConsoleServerOptions {
  /**
   * KONNECT_TOKEN: with it the server shares this token (shared-token mode); without it people
   * sign in with their own (sign-in mode).
   */
  token?: string
  /** KONNECT_API_URL: the fake Konnect's base URL, ending in /v1. */
  apiUrl: string
  /** Sign-in mode's SESSION_SECRET; a fixed test secret by default. */
  sessionSecret?: string
  /** Sign-in mode's SESSION_IDLE_MINUTES; decimals allowed (0.05 is 3 seconds). */
  sessionIdleMinutes?: number
}

// Every setting the server reads: cleared from the parent's environment, so only ours apply.
const SERVER_SETTINGS = [
  'PORT',
  'HOST',
  'STATIC_DIR',
  'ALLOWED_HOSTS',
  'REQUEST_TIMEOUT_MS',
  'SESSION_SECRET',
  'SESSION_IDLE_MINUTES',
  'ALLOW_SHARED_TOKEN_ON_NETWORK',
]

function serverEnvironment(options: ConsoleServerOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of Object.keys(env)) {
    if (name.startsWith('KONNECT_') || SERVER_SETTINGS.includes(name)) env[name] = undefined
  }
  const access: NodeJS.ProcessEnv =
    options.token === undefined
      ? {
          SESSION_SECRET: options.sessionSecret ?? TEST_SESSION_SECRET,
          ...(options.sessionIdleMinutes !== undefined && {
            SESSION_IDLE_MINUTES: String(options.sessionIdleMinutes),
          }),
        }
      : { KONNECT_TOKEN: options.token }
  // Port 0: a free port, so this run never collides with another one on the same machine.
  return { ...env, ...access, KONNECT_API_URL: options.apiUrl, HOST: '127.0.0.1', PORT: '0' }
}

/**
 * Starts the built server in Konnect mode (shared-token with `token`, sign-in without) and
 * resolves once it listens.
 */
export async function startConsoleServer(options: ConsoleServerOptions): Promise<ConsoleServer> {
  const child = spawn(process.execPath, ['dist-server/main.js'], {
    cwd: PROJECT_DIR,
    env: serverEnvironment(options),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  // Always drained: a full pipe would block the server's logging, and with it the server.
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.once('error', () => resolve())
  })

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    await exited
  }

  const url = await new Promise<string>((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer)
      child.stdout.off('data', onData)
      reject(
        new Error(
          `The console server ${reason} (did \`npm run build\` run first?). Its output:\n${output}`,
        ),
      )
    }
    const timer = setTimeout(() => {
      fail(`did not listen within ${String(STARTUP_TIMEOUT_MS)} ms`)
      void stop()
    }, STARTUP_TIMEOUT_MS)
    const onData = () => {
      const match = LISTENING_LINE.exec(output)
      if (!match?.[1]) return
      clearTimeout(timer)
      child.stdout.off('data', onData)
      child.off('exit', onExit)
      resolve(match[1])
    }
    const onExit = (code: number | null) => {
      fail(`exited with code ${String(code)} before listening`)
    }
    child.stdout.on('data', onData)
    child.once('exit', onExit)
    child.once('error', (error) => {
      fail(`could not be started: ${error.message}`)
    })
  })

  return { url, output: () => output, stop }
}
