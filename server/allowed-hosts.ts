// Which names the browser may use to reach this server (its Host header). Without this check a page on
// evil.example whose DNS name is re-pointed at this server's address (DNS rebinding) is same-origin
// with the console as far as the browser knows, and can use the token-bearing API freely.
// Imports only other shared files: vite.config.ts loads this file directly.
import { isIPv4, isIPv6 } from 'node:net'
import { quoteUnlessSecret } from './secret-like.js'

/** `any` only when ALLOWED_HOSTS is `*`; otherwise the names besides IP addresses and localhost. */
export type AllowedHosts =
  { readonly any: true } | { readonly any: false; readonly names: ReadonlySet<string> }

/** IP addresses and localhost only: what a server with no ALLOWED_HOSTS answers to. */
export const LOCAL_HOSTS_ONLY: AllowedHosts = { any: false, names: new Set() }

export class AllowedHostsError extends Error {
  override readonly name = 'AllowedHostsError'
}

// DNS labels (underscores too: container and compose service names use them), dot-separated.
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/
const PORT = /^\d{1,5}$/

function isHostName(name: string): boolean {
  return name.length <= 253 && name.split('.').every((label) => LABEL.test(label))
}

/**
 * The host name of `name`, `name:port`, `[v6]` or `[v6]:port`, lower-cased and without a final
 * dot; `{ ip: true }` for an IP address; null when it is none of these.
 */
function parseHost(value: string): { ip: true } | { ip: false; name: string } | null {
  const host = value.trim().toLowerCase()
  if (host.startsWith('[')) {
    const end = host.indexOf(']')
    const rest = host.slice(end + 1)
    if (end === -1 || (rest !== '' && !(rest.startsWith(':') && PORT.test(rest.slice(1))))) {
      return null
    }
    return isIPv6(host.slice(1, end)) ? { ip: true } : null
  }
  const [rawName = '', port, ...more] = host.split(':')
  if (more.length > 0 || (port !== undefined && !PORT.test(port))) return null
  const name = rawName.endsWith('.') ? rawName.slice(0, -1) : rawName
  if (isIPv4(name)) return { ip: true }
  return isHostName(name) ? { ip: false, name } : null
}

/**
 * Reads ALLOWED_HOSTS: host names separated by commas (ports are ignored), or `*` for any name.
 * Throws AllowedHostsError naming the first entry that is not a host name.
 */
export function parseAllowedHosts(raw: string | undefined): AllowedHosts {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  const names = new Set<string>()
  let any = false
  for (const entry of entries) {
    if (entry === '*') {
      any = true
      continue
    }
    // Unbracketed IPv6 cannot carry a port, so it is read whole; IPs are allowed anyway.
    if (isIPv6(entry)) continue
    const host = parseHost(entry)
    if (host === null) {
      throw new AllowedHostsError(
        `ALLOWED_HOSTS entry ${quoteUnlessSecret(entry)} is not a host name; list the names people open the console with, separated by commas, without scheme or path (e.g. console.example.com).`,
      )
    }
    if (!host.ip) names.add(host.name)
  }
  return any ? { any: true } : { any: false, names }
}

/**
 * Why a request with this Host header is refused, or null when it is allowed: IP addresses and
 * localhost always are (a rebinding page's Host is its own name, never this server's address),
 * other names only when listed.
 */
export function hostRefusal(hostHeader: string | undefined, allowed: AllowedHosts): string | null {
  if (allowed.any) return null
  if (hostHeader === undefined || hostHeader.trim() === '') {
    return 'The request has no Host header.'
  }
  const host = parseHost(hostHeader)
  if (host === null) return 'The Host header is not a host name.'
  if (host.ip || host.name === 'localhost' || allowed.names.has(host.name)) return null
  return `This server does not answer to the name "${host.name}". If that is the name people use to open the console, add it to ALLOWED_HOSTS (comma-separated) where the server is started.`
}
