// What the browser is told when forwarding to Konnect fails before Konnect answers. Built from error
// codes only: messages can carry hosts, addresses or request details, codes cannot.

/** The answer for a failed forward: 504 when Konnect is too slow, 502 otherwise. */
export interface UpstreamFailure {
  status: 502 | 504
  detail: string
}

// Codes @fastify/reply-from gives its errors when undici gave up waiting.
const TIMEOUT_CODES = new Set(['FST_REPLY_FROM_GATEWAY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT'])
const INVALID_STATUS_CODE = 'FST_REPLY_FROM_BAD_GATEWAY'

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was closed before an answer came',
  UND_ERR_SOCKET: 'the connection was closed before an answer came',
  ENOTFOUND: 'its host name could not be resolved',
  EAI_AGAIN: 'its host name could not be resolved (DNS is not answering)',
  EHOSTUNREACH: 'its host is not reachable from this server',
  ENETUNREACH: 'the network is not reachable from this server',
  ETIMEDOUT: 'the connection timed out',
  EPIPE: 'the connection was closed while sending the request',
}

function describeNetworkError(code: string): string {
  const reason = REASONS[code]
  if (reason) return `${reason} (${code})`
  if (/CERT|VERIFY|SIGNATURE/.test(code)) return `its TLS certificate was not accepted (${code})`
  if (/SSL|TLS/.test(code)) return `the TLS handshake failed (${code})`
  return `the request failed (${code})`
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

function secondsOf(timeoutMs: number): number {
  return Math.round((timeoutMs / 1000) * 10) / 10
}

/**
 * Maps an error handed to reply-from's `onError` to the problem the browser gets. reply-from wraps
 * the network error (ECONNREFUSED, ENOTFOUND, a TLS code, …) as `cause` of its own.
 */
export function describeUpstreamFailure(error: Error, timeoutMs: number): UpstreamFailure {
  const code = codeOf(error)
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return { status: 504, detail: `Konnect did not answer within ${secondsOf(timeoutMs)} seconds.` }
  }
  if (code === INVALID_STATUS_CODE) {
    return { status: 502, detail: 'Konnect answered with an invalid HTTP status.' }
  }
  const networkCode = codeOf(error.cause) ?? code ?? 'UNKNOWN'
  return { status: 502, detail: `Konnect is unreachable: ${describeNetworkError(networkCode)}.` }
}
