// A browser sends some requests on a page's behalf without asking the target first: form posts
// (urlencoded, multipart, text/plain), links, images. To this server every request is as good as
// the token it adds, so only the console's own requests may use the API: same origin, and, for
// writes, JSON bodies, a type no form can send and a cross-site fetch cannot send without a CORS
// preflight, which this server never grants.
// No relative imports: vite.config.ts loads this file directly.
import type { IncomingHttpHeaders } from 'node:http'

export interface RequestFacts {
  method: string
  headers: IncomingHttpHeaders
  /** Whether the connection to this server is TLS (a proxy in front says so in X-Forwarded-Proto). */
  encrypted: boolean
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
// application/json and the structured +json types (application/merge-patch+json, …), any parameters.
const JSON_TYPE = /^application\/(?:[a-z0-9!#$&^_.-]+\+)?json\s*(?:;|$)/i

function firstValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return first?.split(',', 1)[0]?.trim()
}

/**
 * The origin the browser sees this server at: the Host header with the scheme of the connection
 * or, behind a proxy that terminates TLS, of X-Forwarded-Proto. Trusting that header is safe here:
 * a cross-site page cannot set it (a preflight would be needed), and a rebinding page is stopped
 * by the Host check before this one runs.
 */
function ownOrigin({ headers, encrypted }: RequestFacts): string | null {
  const forwarded = firstValue(headers['x-forwarded-proto'])?.toLowerCase()
  const scheme =
    forwarded === 'https' || forwarded === 'http' ? forwarded : encrypted ? 'https' : 'http'
  if (headers.host === undefined) return null
  try {
    return new URL(`${scheme}://${headers.host}`).origin
  } catch {
    return null
  }
}

function originOf(value: string): string | null {
  try {
    const origin = new URL(value).origin
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

function hasBody(headers: IncomingHttpHeaders): boolean {
  const length = headers['content-length']
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
}

/**
 * Why this API request is refused as not coming from the console itself, or null when it may go
 * on. Any method: an `Origin` must be this server's own. Writes (anything but GET, HEAD, OPTIONS)
 * also need `Sec-Fetch-Site` absent or `same-origin`, and a JSON `Content-Type` when they carry
 * a body or a type. Browsers too old to send `Sec-Fetch-Site` still send `Origin` on writes.
 */
export function crossSiteRefusal(request: RequestFacts): string | null {
  const { method, headers } = request
  const own = ownOrigin(request)
  const origin = headers.origin
  if (origin !== undefined && (own === null || originOf(origin) !== own)) {
    return `Only the console itself may use this API: this request comes from ${origin}, not from ${own ?? 'this server'}. Behind a proxy, pass the Host header on unchanged and set X-Forwarded-Proto.`
  }
  const site = firstValue(headers['sec-fetch-site'])
  const read = READ_METHODS.has(method.toUpperCase())
  if (site !== undefined && site !== 'same-origin' && !(read && site === 'none')) {
    return `Only the console itself may use this API: the browser marked this request as ${site}.`
  }
  if (read) return null
  // Whole, not split at commas: `application/json, text/plain` is not JSON.
  const type = headers['content-type']?.trim()
  if ((type !== undefined || hasBody(headers)) && (type === undefined || !JSON_TYPE.test(type))) {
    return `Request bodies must be JSON (Content-Type: application/json), not ${type ?? 'untyped'}.`
  }
  return null
}
