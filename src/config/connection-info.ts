// Which backend the console talks to, known before the first render: the demo build knows it is the
// demo; in Konnect mode the console's server writes it into the page (no round trip before first
// paint), and a server that does not (the Vite dev server) answers GET /api/info instead.
// The server tells the API URL and how people get in, never the token.
import { demoRuntime } from '@demo-runtime'
import { useSyncExternalStore } from 'react'
import type { ConsoleConfig } from '../../server/console-config'

/** The id of the `<script type="application/json">` the server writes into index.html. */
export const CONFIG_ELEMENT_ID = 'console-config'

/** What the server writes into the page; its one definition is the server's. */
export type ConnectionInfo = ConsoleConfig
export type KonnectConnectionInfo = Extract<ConnectionInfo, { mode: 'konnect' }>

function isAbsoluteUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}

/** Checked by hand, not with a schema library: it runs before first paint. */
export function parseConnectionInfo(data: unknown): ConnectionInfo {
  if (typeof data === 'object' && data !== null) {
    const info = data as Record<string, unknown>
    if (info.mode === 'demo') return { mode: 'demo' }
    if (
      info.mode === 'konnect' &&
      isAbsoluteUrl(info.apiUrl) &&
      (info.access === 'shared-token' || info.access === 'sign-in') &&
      typeof info.signedIn === 'boolean'
    ) {
      return { mode: 'konnect', apiUrl: info.apiUrl, access: info.access, signedIn: info.signedIn }
    }
  }
  throw new Error('The console configuration is not one this page understands.')
}

function readEmbedded(): ConnectionInfo | undefined {
  const text = document.getElementById(CONFIG_ELEMENT_ID)?.textContent
  if (!text) return undefined
  try {
    return parseConnectionInfo(JSON.parse(text))
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
  return parseConnectionInfo(await response.json())
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
