// Konnect connection settings, shared by the Vite dev server and the production server.
// Read from the environment once. No message built here ever contains the token, nor any value
// that looks like one (a token pasted into the wrong setting).
// Imports only other shared files: vite.config.ts loads this file directly (its config bundler maps
// the .js extension to the .ts file).
import { looksSecret, quoteUnlessSecret } from './secret-like.js'

export const KONNECT_REGIONS = ['us', 'eu', 'au', 'me', 'in', 'sg'] as const
export type KonnectRegion = (typeof KONNECT_REGIONS)[number]

/** Where Konnect's API is: the same for everyone who uses this server. */
export interface KonnectEndpoint {
  /** Base URL ending in /v1, without a trailing slash, e.g. https://eu.api.konghq.com/v1 */
  apiUrl: string
  /** A region name, or the API host when KONNECT_API_URL overrides it. */
  label: string
}

/** The endpoint and the one token the server shares with everyone (KONNECT_TOKEN). */
export interface KonnectConfig extends KonnectEndpoint {
  token: string
}

export class KonnectConfigError extends Error {
  override readonly name = 'KonnectConfigError'
}

// Personal access tokens start with kpat_, system account tokens with spat_.
const TOKEN_PATTERN = /^(kpat|spat)_[A-Za-z0-9]{10,}$/

/** Whether a value has the shape of a Konnect personal access or system account token. */
export function isKonnectToken(value: string): boolean {
  return TOKEN_PATTERN.test(value)
}
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

function isRegion(value: string): value is KonnectRegion {
  return (KONNECT_REGIONS as readonly string[]).includes(value)
}

function readApiUrl(raw: string): { apiUrl: string; label: string } {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    // The raw value is not echoed: a misplaced secret must not end up in a log.
    throw new KonnectConfigError(
      'KONNECT_API_URL is not a valid URL; use e.g. https://eu.api.konghq.com/v1.',
    )
  }
  const path = url.pathname.replace(/\/+$/, '')
  const shown = `${url.protocol}//${url.host}${path}`
  if (url.username || url.password || looksSecret(raw)) {
    // The URL is sent to the browser (and its host shown in the top bar): nothing secret in it.
    throw new KonnectConfigError(
      'KONNECT_API_URL must not contain credentials or a token; the token goes in KONNECT_TOKEN (or, in sign-in mode, each person signs in with their own).',
    )
  }
  // The token travels in every request, so plain http is only allowed to this machine (tests, stubs).
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
  if (!secure || url.search || url.hash || !path.endsWith('/v1')) {
    throw new KonnectConfigError(
      `KONNECT_API_URL must be an https URL ending in /v1, e.g. https://eu.api.konghq.com/v1 (got ${shown}).`,
    )
  }
  return { apiUrl: `${url.origin}${path}`, label: url.host }
}

/** KONNECT_API_URL, or else KONNECT_REGION (us by default); throws KonnectConfigError when bad. */
export function readKonnectEndpoint(env: NodeJS.ProcessEnv): KonnectEndpoint {
  const override = env.KONNECT_API_URL?.trim()
  if (override) return readApiUrl(override)
  const regionSetting = env.KONNECT_REGION?.trim().toLowerCase()
  const region = regionSetting === undefined || regionSetting === '' ? 'us' : regionSetting
  if (!isRegion(region)) {
    throw new KonnectConfigError(
      `KONNECT_REGION ${quoteUnlessSecret(region)} is not a Konnect region; use one of ${KONNECT_REGIONS.join(', ')}.`,
    )
  }
  return { apiUrl: `https://${region}.api.konghq.com/v1`, label: region }
}

/** KONNECT_TOKEN, checked, or undefined when it is not set; throws KonnectConfigError when bad. */
export function readKonnectToken(env: NodeJS.ProcessEnv): string | undefined {
  const token = env.KONNECT_TOKEN?.trim()
  if (!token) return undefined
  if (!isKonnectToken(token)) {
    throw new KonnectConfigError(
      'KONNECT_TOKEN does not look like a Konnect token: it must start with "kpat_" (personal access token) or "spat_" (system account token).',
    )
  }
  return token
}

/**
 * The shared token and its endpoint; null when no token is set (the dev server then runs the
 * demo). Throws KonnectConfigError on bad settings.
 */
export function readKonnectConfig(env: NodeJS.ProcessEnv): KonnectConfig | null {
  const token = readKonnectToken(env)
  if (token === undefined) return null
  return { token, ...readKonnectEndpoint(env) }
}
