/** Same-origin path the console's server (or the demo mock) answers Konnect API calls on. */
export const API_BASE_PATH = '/api/konnect'

export interface AppConfig {
  mode: 'demo' | 'konnect'
  /** Absolute, so the same client works in the browser and under Node (tests). */
  apiBaseUrl: string
  requestTimeoutMs: number
  demoLatencyMs: number
}

/** A build-time setting; a value that is not a whole number of milliseconds is a build mistake. */
function latencyMs(value: string | undefined): number {
  const ms = Number(value ?? 350)
  if (!Number.isInteger(ms) || ms < 0) {
    throw new Error(`VITE_DEMO_LATENCY_MS must be a whole number of milliseconds, not "${value}".`)
  }
  return ms
}

export function readAppConfig(): AppConfig {
  // Under Node (unit tests) there is no location; the mock API answers any origin.
  const origin = 'location' in globalThis ? globalThis.location.origin : 'http://localhost'
  return {
    mode: import.meta.env.VITE_APP_MODE === 'konnect' ? 'konnect' : 'demo',
    apiBaseUrl: `${origin}${API_BASE_PATH}`,
    // Longer than the console server's own Konnect timeout (20 s), so its 504 arrives first.
    requestTimeoutMs: 25_000,
    demoLatencyMs: latencyMs(import.meta.env.VITE_DEMO_LATENCY_MS),
  }
}

export const appConfig = readAppConfig()
