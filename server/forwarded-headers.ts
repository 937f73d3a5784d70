import type { IncomingHttpHeaders } from 'node:http'

// Allow-lists, not deny-lists: Authorization, Cookie, Proxy-Authorization, Origin, X-Forwarded-*
// and anything a browser extension adds never reach Konnect, and Set-Cookie, CORS or
// WWW-Authenticate headers from Konnect never reach the browser.

const REQUEST_HEADERS = [
  'accept',
  'content-type',
  'if-match',
  'if-none-match',
  'if-modified-since',
  'if-unmodified-since',
]

const RESPONSE_HEADERS = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'etag',
  'last-modified',
  'retry-after',
  'x-kong-request-id',
])
const RATE_LIMIT_HEADER = /^(x-)?ratelimit-/

export const USER_AGENT = 'event-gateway-console'

/**
 * Headers for the request to Konnect: the few the API uses, plus the server's own token. The
 * HTTP client adds `Host` for the Konnect origin it connects to.
 */
export function toUpstreamHeaders(
  browser: IncomingHttpHeaders,
  token: string,
  body: Buffer | undefined,
): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {}
  for (const name of REQUEST_HEADERS) {
    const value = browser[name]
    if (value !== undefined) headers[name] = value
  }
  headers.authorization = `Bearer ${token}`
  headers['user-agent'] = USER_AGENT
  // Raw bytes are streamed through; this server compresses for the browser itself.
  headers['accept-encoding'] = 'identity'
  if (body !== undefined) headers['content-length'] = String(body.length)
  return headers
}

/** Headers from Konnect's answer that the browser gets. */
export function toBrowserHeaders(upstream: IncomingHttpHeaders): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {}
  for (const [name, value] of Object.entries(upstream)) {
    if (value === undefined) continue
    if (RESPONSE_HEADERS.has(name) || RATE_LIMIT_HEADER.test(name)) headers[name] = value
  }
  return headers
}
