import path from 'node:path'
import { AllowedHostsError, parseAllowedHosts, type AllowedHosts } from './allowed-hosts.js'
import { requireKonnectConfig, type KonnectConfig } from './konnect-config.js'
import { quoteUnlessSecret, showUnlessSecret } from './secret-like.js'

export interface ServerSettings {
  mode: 'konnect' | 'demo'
  konnect: KonnectConfig | null
  host: string
  port: number
  timeoutMs: number
  /** How long a client may take to send its request (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number
  staticDir: string
  /** The names besides IP addresses and localhost that the API answers to (ALLOWED_HOSTS). */
  allowedHosts: AllowedHosts
}

export class ServerSettingsError extends Error {
  override readonly name = 'ServerSettingsError'
}

export const DEFAULT_PORT = 8080
// This machine only unless told otherwise: anyone who can connect uses the server's token, and
// IP addresses are always allowed as Host. Containers set HOST=0.0.0.0.
export const DEFAULT_HOST = '127.0.0.1'
// Below the browser's own 25 s limit, so the console shows the server's 504 rather than its own.
export const DEFAULT_TIMEOUT_MS = 20_000
/**
 * The longest KONNECT_TIMEOUT_MS: a second under the console's own limit in the browser
 * (src/config/app-config.ts, 25 s; a test keeps the two apart), so the server's 504 always
 * arrives before the browser gives up.
 */
export const MAX_TIMEOUT_MS = 24_000
/** How long a client may take to send its request, headers and body. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

function readText(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim()
  return value === '' ? undefined : value
}

function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
) {
  const raw = readText(env, name)
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ServerSettingsError(
      `${name} must be a whole number from ${min} to ${max} (got ${quoteUnlessSecret(raw)}).`,
    )
  }
  return value
}

function readAllowedHosts(env: NodeJS.ProcessEnv): AllowedHosts {
  try {
    return parseAllowedHosts(env.ALLOWED_HOSTS)
  } catch (error) {
    if (error instanceof AllowedHostsError) throw new ServerSettingsError(error.message)
    throw error
  }
}

/**
 * Everything the CLI needs, from the environment and arguments. Throws ServerSettingsError or
 * KonnectConfigError with a message that says what to fix and never contains the token.
 * `projectDir` is where dist/ and dist-demo/ live.
 */
export function readServerSettings(
  env: NodeJS.ProcessEnv,
  args: readonly string[],
  projectDir: string,
): ServerSettings {
  const unknown = args.filter((arg) => arg !== '--demo')
  if (unknown.length > 0) {
    throw new ServerSettingsError(
      `Unknown argument ${showUnlessSecret(unknown.join(' '))}; the only option is --demo.`,
    )
  }
  const mode = args.includes('--demo') ? 'demo' : 'konnect'
  // The demo answers the API in the browser, so it needs (and uses) no token.
  const konnect = mode === 'konnect' ? requireKonnectConfig(env) : null
  const staticOverride = readText(env, 'STATIC_DIR')
  return {
    mode,
    konnect,
    host: readText(env, 'HOST') ?? DEFAULT_HOST,
    port: readInteger(env, 'PORT', DEFAULT_PORT, 0, 65_535),
    timeoutMs: readInteger(env, 'KONNECT_TIMEOUT_MS', DEFAULT_TIMEOUT_MS, 1, MAX_TIMEOUT_MS),
    requestTimeoutMs: readInteger(
      env,
      'REQUEST_TIMEOUT_MS',
      DEFAULT_REQUEST_TIMEOUT_MS,
      1_000,
      600_000,
    ),
    staticDir: staticOverride
      ? path.resolve(staticOverride)
      : path.join(projectDir, mode === 'demo' ? 'dist-demo' : 'dist'),
    allowedHosts: readAllowedHosts(env),
  }
}
