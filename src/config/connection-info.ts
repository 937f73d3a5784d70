// Which backend the console talks to, known before the first render: the demo build knows it is the
// demo; in Konnect mode the console's server writes it into the page (no round trip before first
// paint), and a server that does not (the Vite dev server) answers GET /api/info instead.
// The server tells the API URL and how people get in, never the token.
import { demoRuntime } from '@demo-runtime'
import { useSyncExternalStore } from 'react'
import { z } from 'zod'

/** The id of the `<script type="application/json">` the server writes into index.html. */
export const CONFIG_ELEMENT_ID = 'console-config'

const connectionInfoSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('demo') }),
  z.object({
    mode: z.literal('konnect'),
    /** Konnect's API base URL, ending in /v1. */
    apiUrl: z.url(),
    /** One token on the server for everyone, or each person signs in with their own. */
    access: z.enum(['shared-token', 'sign-in']),
    /** Whether this page was served to a live session (always true with a shared token). */
    signedIn: z.boolean(),
  }),
])

export type ConnectionInfo = z.infer<typeof connectionInfoSchema>
export type KonnectConnectionInfo = Extract<ConnectionInfo, { mode: 'konnect' }>

function readEmbedded(): ConnectionInfo | undefined {
  const text = document.getElementById(CONFIG_ELEMENT_ID)?.textContent
  if (!text) return undefined
  try {
    return connectionInfoSchema.parse(JSON.parse(text))
  } catch {
    // A page edited or cut short: ask the server instead.
    return undefined
  }
}

/** What main.tsx waits for before rendering: immediate unless the page carries no configuration. */
export async function loadConnectionInfo(): Promise<ConnectionInfo> {
  if (demoRuntime.enabled) return { mode: 'demo' }
  const embedded = readEmbedded()
  if (embedded) return embedded
  const response = await fetch('/api/info', { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`GET /api/info answered ${response.status}`)
  return connectionInfoSchema.parse(await response.json())
}

let current: ConnectionInfo = { mode: 'demo' }
const listeners = new Set<() => void>()

export function setConnectionInfo(info: ConnectionInfo): void {
  current = info
  for (const listener of listeners) listener()
}

export function getConnectionInfo(): ConnectionInfo {
  return current
}

export function useConnectionInfo(): ConnectionInfo {
  return useSyncExternalStore((listener) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }, getConnectionInfo)
}

/** How the top bar names the organization's API: the region for Konnect's hosts, else the host. */
export function apiLabel(apiUrl: string): string {
  const host = new URL(apiUrl).host
  return /^([a-z]+)\.api\.konghq\.com$/.exec(host)?.[1] ?? host
}
