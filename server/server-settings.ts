import path from 'node:path'
import { AllowedHostsError, parseAllowedHosts, type AllowedHosts } from './allowed-hosts.js'
import { isIPv4 } from 'node:net'
import { readKonnectEndpoint, readKonnectToken, type KonnectEndpoint } from './konnect-config.js'
import { quoteUnlessSecret, showUnlessSecret } from './secret-like.js'

/** Sign-in mode: how the session cookie is sealed and how long a session may sit idle. */
export interface SessionSettings {
  /** SESSION_SECRET: at least 32 characters. */
  secret: string
  /** SESSION_IDLE_MINUTES: 60 by default; decimals allowed (tests use a few seconds). */
  idleMinutes: number
  /** SESSION_MAX_HOURS: 12 by default; a session ends this long after sign-in, however busy. */
  maxHours: number
}

/** Konnect's endpoint, with the token everyone shares in shared-token mode (KONNECT_TOKEN). */
export type KonnectSettings = KonnectEndpoint & { token?: string }

export interface ServerSettings {
  mode: 'konnect' | 'demo'
  /** Null in demo mode. Without a token, people sign in with their own (sign-in mode). */
  konnect: KonnectSettings | null
  /** Set in sign-in mode only. */
  session: SessionSettings | null
  /** Said once on stderr at start (a shared token, or sign-in cookies over http, on the network). */
  warnings: string[]
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
export const DEFAULT_SESSION_IDLE_MINUTES = 60
export const DEFAULT_SESSION_MAX_HOURS = 12
export const MIN_SESSION_SECRET_LENGTH = 32

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

function readMinutes(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = readText(env, name)
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!/^\d+(\.\d+)?$/.test(raw) || value < 0.05 || value > 1_440) {
    throw new ServerSettingsError(
      `${name} must be a number of minutes from 0.05 to 1440 (got ${quoteUnlessSecret(raw)}).`,
    )
  }
  return value
}

/** This machine only: 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  return (
    bare === 'localhost' ||
    bare === '::1' ||
    (isIPv4(bare) && bare.startsWith('127.')) ||
    bare.startsWith('::ffff:127.')
  )
}

function readSessionSettings(env: NodeJS.ProcessEnv): SessionSettings {
  // Not trimmed: spaces may be part of a secret.
  const secret = env.SESSION_SECRET ?? ''
  if (secret === '') {
    throw new ServerSettingsError(
      'KONNECT_TOKEN is not set, so people sign in with their own Konnect tokens (sign-in mode), which needs SESSION_SECRET to seal their session cookies: set it to a random string of at least 32 characters (e.g. `openssl rand -base64 32`). Or set KONNECT_TOKEN=kpat_… to share one token, or start with --demo.',
    )
  }
  if (secret.length < MIN_SESSION_SECRET_LENGTH) {
    throw new ServerSettingsError(
      `SESSION_SECRET is too short: it must be at least ${MIN_SESSION_SECRET_LENGTH} characters (it has ${secret.length}); e.g. \`openssl rand -base64 32\`.`,
    )
  }
  return {
    secret,
    idleMinutes: readMinutes(env, 'SESSION_IDLE_MINUTES', DEFAULT_SESSION_IDLE_MINUTES),
    maxHours: readInteger(env, 'SESSION_MAX_HOURS', DEFAULT_SESSION_MAX_HOURS, 1, 168),
  }
}

/** A shared token is for this machine only, unless a proxy in front authenticates people. */
function sharedTokenWarnings(env: NodeJS.ProcessEnv, host: string): string[] {
  if (isLoopbackHost(host)) return []
  const shown = showUnlessSecret(host)
  if (env.ALLOW_SHARED_TOKEN_ON_NETWORK?.trim() !== '1') {
    throw new ServerSettingsError(
      `HOST=${shown} would let everyone who can reach this server act in Konnect with KONNECT_TOKEN's rights. Leave KONNECT_TOKEN unset to run in sign-in mode, where each person signs in with their own token (needs SESSION_SECRET); or, behind a proxy that authenticates people, set ALLOW_SHARED_TOKEN_ON_NETWORK=1.`,
    )
  }
  return [
    `KONNECT_TOKEN is shared with everyone who can reach HOST=${shown} (ALLOW_SHARED_TOKEN_ON_NETWORK=1): only a proxy in front that authenticates people keeps others out.`,
  ]
}

/**
 * This server speaks plain http only. On a network HOST, sign-in mode's cookies (each person's
 * sealed Konnect token) are Secure only when a proxy in front terminates TLS and says so in
 * X-Forwarded-Proto, which the server learns per request, never at start: so it says so once.
 */
function signInWarnings(host: string): string[] {
  if (isLoopbackHost(host)) return []
  return [
    `HOST=${showUnlessSecret(host)} serves sign-in mode over plain http: session cookies, which carry each person's sealed Konnect token, travel unencrypted unless a TLS-terminating proxy in front serves the console over https (passing X-Forwarded-Proto: https). Expose it only through such a proxy.`,
  ]
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
  const host = readText(env, 'HOST') ?? DEFAULT_HOST
  // The demo answers the API in the browser, so it needs (and uses) no token.
  let konnect: KonnectSettings | null = null
  let session: SessionSettings | null = null
  let warnings: string[] = []
  if (mode === 'konnect') {
    const token = readKonnectToken(env)
    konnect = { ...readKonnectEndpoint(env), ...(token !== undefined && { token }) }
    if (token === undefined) {
      session = readSessionSettings(env)
      warnings = signInWarnings(host)
    } else {
      warnings = sharedTokenWarnings(env, host)
    }
  }
  const staticOverride = readText(env, 'STATIC_DIR')
  return {
    mode,
    konnect,
    session,
    warnings,
    host,
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
