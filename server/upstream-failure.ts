// What the browser is told when a call to Konnect fails. Built from error codes only: messages can
// carry hosts, addresses or request details, codes cannot.

/** The answer for a failed call: 504 when Konnect is too slow, 502 otherwise. */
export interface UpstreamFailure {
  status: 502 | 504
  detail: string
}

/** The reason a call is aborted with once KONNECT_TIMEOUT_MS has passed, queueing included. */
export class UpstreamDeadlineError extends Error {
  override readonly name = 'UpstreamDeadlineError'
  readonly code = 'EGC_UPSTREAM_DEADLINE'
}

/**
 * A call that failed once its answer had started: carried through the answer's stream to the
 * server's error handler, which sends the problem if the browser has no headers yet.
 */
export class UpstreamFailureError extends Error {
  override readonly name = 'UpstreamFailureError'
  constructor(readonly failure: UpstreamFailure) {
    super(failure.detail)
  }
}

// The deadline, and undici's own timeouts (connecting, waiting for headers, a stalled body).
const TIMEOUT_CODES = new Set([
  'EGC_UPSTREAM_DEADLINE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
])

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

export function timeoutFailure(timeoutMs: number): UpstreamFailure {
  return { status: 504, detail: `Konnect did not answer within ${secondsOf(timeoutMs)} seconds.` }
}

/**
 * Maps an error from the call to Konnect (undici's, a network error, the deadline) to the problem
 * the browser gets. A wrapped error's own code wins, then its cause's.
 */
export function describeUpstreamFailure(error: unknown, timeoutMs: number): UpstreamFailure {
  const cause: unknown =
    typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined
  const codes = [codeOf(error), codeOf(cause)]
  if (codes.some((code) => code !== undefined && TIMEOUT_CODES.has(code))) {
    return timeoutFailure(timeoutMs)
  }
  const networkCode = codes[0] ?? codes[1] ?? 'UNKNOWN'
  return { status: 502, detail: `Konnect is unreachable: ${describeNetworkError(networkCode)}.` }
}
