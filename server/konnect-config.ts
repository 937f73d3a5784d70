// Konnect connection settings, shared by the Vite dev server and the production server.
// Read from the environment once; never logs or returns the token itself.

export const KONNECT_REGIONS = ['us', 'eu', 'au', 'me', 'in', 'sg'] as const
export type KonnectRegion = (typeof KONNECT_REGIONS)[number]

export interface KonnectConfig {
  token: string
  /** Base URL ending in /v1, e.g. https://eu.api.konghq.com/v1 */
  apiUrl: string
  /** A region name, or the API host when KONNECT_API_URL overrides it. */
  label: string
}

export class KonnectConfigError extends Error {}

const TOKEN_PATTERN = /^(kpat|spat)_[A-Za-z0-9]{10,}$/

function isRegion(value: string): value is KonnectRegion {
  return (KONNECT_REGIONS as readonly string[]).includes(value)
}

/** Returns null when no token is set (demo mode); throws KonnectConfigError on bad settings. */
export function readKonnectConfig(env: NodeJS.ProcessEnv): KonnectConfig | null {
  const token = env.KONNECT_TOKEN?.trim()
  if (!token) return null
  if (!TOKEN_PATTERN.test(token)) {
    throw new KonnectConfigError(
      'KONNECT_TOKEN does not look like a Konnect token: it must start with "kpat_" (personal access token) or "spat_" (system account token).',
    )
  }
  const override = env.KONNECT_API_URL?.trim()
  if (override) {
    let url: URL
    try {
      url = new URL(override)
    } catch {
      throw new KonnectConfigError(`KONNECT_API_URL is not a URL: ${override}`)
    }
    if (!/^https?:$/.test(url.protocol) || !url.pathname.replace(/\/+$/, '').endsWith('/v1')) {
      throw new KonnectConfigError(
        `KONNECT_API_URL must be an http(s) URL ending in /v1, e.g. https://eu.api.konghq.com/v1 (got ${override})`,
      )
    }
    return { token, apiUrl: override.replace(/\/+$/, ''), label: url.host }
  }
  const region = (env.KONNECT_REGION ?? 'us').trim().toLowerCase()
  if (!isRegion(region)) {
    throw new KonnectConfigError(
      `KONNECT_REGION "${region}" is not a Konnect region; use one of ${KONNECT_REGIONS.join(', ')}.`,
    )
  }
  return { token, apiUrl: `https://${region}.api.konghq.com/v1`, label: region }
}
