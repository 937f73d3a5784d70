// The allow-list of what the server forwards to Konnect. Works on the raw request URL, before any
// decoding, so what is checked is exactly what is sent. No relative imports: vite.config.ts loads
// this file directly, so the dev server forwards exactly what the production server does.

export const PROXY_PREFIX = '/api/konnect/'
/** Only the Event Gateway API, never the rest of Konnect the token may reach (users, teams, …). */
export const FORWARDED_ROOT = 'event-gateways'
/** The methods the Event Gateway API uses; nothing else is forwarded. */
export const FORWARDED_METHODS: readonly string[] = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
]
/** The 404 detail for anything under /api/ that is not forwarded. */
export const NOT_FORWARDED_DETAIL = 'This server only forwards the Konnect Event Gateway API.'

/**
 * The path of a request URL as Fastify's router (find-my-way) matches it: up to the first `?` or
 * `#`, percent-decoded with decodeURI (so `%61` is `a`, while reserved characters such as `%2F`
 * stay encoded), and `%25` decoded once only. Null when it cannot be decoded (the server answers
 * such a URL with 400 before routing). Checks that decide what a request may reach run on this,
 * never on the raw URL: `/%61pi/info` is routed to /api/info and must be checked as /api/info.
 */
export function routedPath(url: string): string | null {
  const end = url.search(/[?#]/)
  const path = end === -1 ? url : url.slice(0, end)
  if (!path.includes('%')) return path
  try {
    return decodeURI(path.replaceAll('%25', '%2525'))
  } catch {
    return null
  }
}

/**
 * `/api`, `/api/…` (after decoding, as routed): answered by the server itself, never by the app's
 * HTML, and checked as the API. A path that cannot be decoded counts as the API, so it is refused
 * rather than served.
 */
export function isApiPath(url: string): boolean {
  const path = routedPath(url)
  return path === null || path === '/api' || path.startsWith('/api/')
}

// RFC 3986 path characters, either literal or percent-encoded.
const SEGMENT = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+$/
// Printable ASCII without '#'; brackets stay literal, as the console sends filter[name][contains]=x.
const QUERY = /^[\x21\x22\x24-\x7e]*$/

/**
 * Decoded forms that would change which resource the path names: dot segments, slashes, controls.
 * Any `..` is refused, not just a whole `..` segment: no Konnect ID or name needs it, and
 * @fastify/reply-from would turn `/..x` into a 400 of its own.
 */
function changesPath(decoded: string): boolean {
  if (decoded === '.' || decoded.includes('..')) return true
  for (const char of decoded) {
    const code = char.charCodeAt(0)
    if (char === '/' || char === '\\' || code < 0x20 || code === 0x7f) return true
  }
  return false
}

function isSafeSegment(raw: string): boolean {
  // An encoded percent sign would be decoded again by whatever decodes after Konnect's router:
  // `%252f` is a slash one decoding later. No ID or name the console sends needs one.
  if (!SEGMENT.test(raw) || raw.includes('%25')) return false
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return false
  }
  return !changesPath(decoded)
}

/**
 * Maps a raw browser URL such as `/api/konnect/event-gateways/abc/backend-clusters?page[size]=10`
 * to the path and query below Konnect's `/v1` (`/event-gateways/abc/backend-clusters?page[size]=10`),
 * or null when the URL is not one the server forwards.
 */
export function toUpstreamPath(rawUrl: string): string | null {
  const queryStart = rawUrl.indexOf('?')
  const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart)
  const query = queryStart === -1 ? '' : rawUrl.slice(queryStart)
  if (!rawPath.startsWith(PROXY_PREFIX) || !QUERY.test(query.slice(1))) return null
  const segments = rawPath.slice(PROXY_PREFIX.length).split('/')
  if (segments[0] !== FORWARDED_ROOT || !segments.every(isSafeSegment)) return null
  return `/${segments.join('/')}${query}`
}
