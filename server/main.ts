// CLI entry: `node dist-server/main.js [--demo]`. Reads the environment, refuses to start on bad
// settings (exit code 1, one line on stderr), serves until SIGTERM or SIGINT.
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { KonnectConfigError } from './konnect-config.js'
import { showUnlessSecret } from './secret-like.js'
import { readServerSettings, ServerSettingsError, type ServerSettings } from './server-settings.js'

const PREFIX = 'event-gateway-console:'
/** In-flight requests get this long to finish after a stop signal. */
const SHUTDOWN_GRACE_MS = 10_000

function refuseToStart(message: string): never {
  process.stderr.write(`${PREFIX} ${message}\n`)
  process.exit(1)
}

function readSettingsOrExit(): ServerSettings {
  // dist-server/main.js and server/main.ts both sit one level below the project.
  const projectDir = path.resolve(import.meta.dirname, '..')
  try {
    return readServerSettings(process.env, process.argv.slice(2), projectDir)
  } catch (error) {
    if (error instanceof KonnectConfigError || error instanceof ServerSettingsError) {
      refuseToStart(error.message)
    }
    throw error
  }
}

const LISTEN_FAILURES: Record<string, string> = {
  EADDRINUSE: 'the port is in use',
  EACCES: 'permission denied (ports below 1024 need privileges)',
  EADDRNOTAVAIL: 'HOST is not an address of this machine',
  ENOTFOUND: 'HOST is not an address of this machine',
  EAI_AGAIN: 'HOST could not be resolved',
}

/** Why listening failed, by error code: the message would repeat HOST, which may be anything. */
function listenFailure(error: unknown, { host, port }: ServerSettings): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? error.code
      : 'UNKNOWN'
  return `cannot listen on ${showUnlessSecret(host)} port ${port}: ${LISTEN_FAILURES[code] ?? 'the system refused'} (${code}).`
}

function stopOnSignals(app: FastifyInstance) {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1) // a second signal: stop waiting
    stopping = true
    app.log.info({ signal }, 'shutting down')
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref()
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

const settings = readSettingsOrExit()
const build = settings.mode === 'demo' ? 'npm run build:demo' : 'npm run build'
if (!existsSync(path.join(settings.staticDir, 'index.html'))) {
  refuseToStart(`${settings.staticDir} has no index.html; run \`${build}\` first.`)
}

for (const warning of settings.warnings) process.stderr.write(`${PREFIX} warning: ${warning}\n`)

// Loaded only now, so a refusal to start is quick and needs none of the server's dependencies.
const { createServer } = await import('./create-server.js')
const app = await createServer({
  mode: settings.mode,
  konnect: settings.konnect,
  session: settings.session,
  staticDir: settings.staticDir,
  timeoutMs: settings.timeoutMs,
  requestTimeoutMs: settings.requestTimeoutMs,
  allowedHosts: settings.allowedHosts,
  logger: true,
})
stopOnSignals(app)
try {
  await app.listen({ host: settings.host, port: settings.port })
} catch (error) {
  refuseToStart(listenFailure(error, settings))
}

const address = app.server.address()
const port = typeof address === 'object' && address ? address.port : settings.port
const anyHost = settings.host === '0.0.0.0' || settings.host === '::'
const shownHost = anyHost
  ? 'localhost'
  : settings.host.includes(':')
    ? `[${settings.host}]`
    : settings.host
const access = settings.session ? 'people sign in with their own tokens' : 'one shared token'
const target = settings.konnect
  ? `Konnect ${settings.konnect.label} (${access})`
  : 'demo data in the browser'
process.stdout.write(
  `${PREFIX} serving ${settings.staticDir} with ${target} at http://${shownHost}:${port}\n`,
)
