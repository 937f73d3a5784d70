import { z } from 'zod'

/** Same-origin path the console's server (or the demo mock) answers Konnect API calls on. */
export const API_BASE_PATH = '/api/konnect'

const appConfigSchema = z.object({
  mode: z.enum(['demo', 'konnect']),
  /** Absolute, so the same client works in the browser and under Node (tests). */
  apiBaseUrl: z.url(),
  requestTimeoutMs: z.number().int().positive(),
  demoLatencyMs: z.number().int().min(0),
})

export type AppConfig = z.infer<typeof appConfigSchema>

export function readAppConfig(): AppConfig {
  // Under Node (unit tests) there is no location; the mock API answers any origin.
  const origin = 'location' in globalThis ? globalThis.location.origin : 'http://localhost'
  return appConfigSchema.parse({
    mode: import.meta.env.VITE_APP_MODE === 'konnect' ? 'konnect' : 'demo',
    apiBaseUrl: `${origin}${API_BASE_PATH}`,
    // Longer than the console server's own Konnect timeout (20 s), so its 504 arrives first.
    requestTimeoutMs: 25_000,
    demoLatencyMs: Number(import.meta.env.VITE_DEMO_LATENCY_MS ?? 350),
  })
}

export const appConfig = readAppConfig()
