import type { InvalidParameter, ProblemBody } from './api-types'

/** Why the console's server ended a sign-in session (sign-in mode only; problem member `session`). */
export type SessionEnd = 'signed-out' | 'expired' | 'rejected'

const SESSION_ENDS: readonly SessionEnd[] = ['signed-out', 'expired', 'rejected']

/** Any non-2xx answer from the API, keeping Konnect's problem+json as sent. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly status: number
  readonly title: string
  readonly detail: string
  readonly instance: string | undefined
  readonly invalidParameters: InvalidParameter[]
  /** Set on a 401 from the console's server when the person's session is over. */
  readonly session: SessionEnd | undefined

  constructor(
    status: number,
    problem: Partial<ProblemBody> & {
      invalid_parameters?: InvalidParameter[]
      session?: SessionEnd
    },
  ) {
    const title = problem.title ?? `HTTP ${status}`
    super(problem.detail ? `${title}: ${problem.detail}` : title)
    this.status = status
    this.title = title
    this.detail = problem.detail ?? ''
    this.instance = problem.instance
    this.invalidParameters = problem.invalid_parameters ?? []
    this.session = problem.session
  }
}

/** The request never got an answer: offline, DNS, connection refused, CORS. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError'
  constructor(options?: { cause?: unknown }) {
    super('The API could not be reached.', options)
  }
}

/** The request was sent but no answer came within the client's time limit. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError'
  constructor(readonly timeoutMs: number) {
    super(`The API did not answer within ${Math.round(timeoutMs / 1000)} seconds.`)
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}

/** Worth retrying or offering Retry: the server may answer differently next time (429: rate limited). */
export function isTransientError(error: unknown): boolean {
  return (
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    (error instanceof ApiError && (error.status >= 500 || error.status === 429))
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Builds an ApiError from whatever body came back; non-problem bodies keep only the status. */
export function toApiError(response: Response, body: unknown): ApiError {
  if (!isRecord(body))
    return new ApiError(response.status, { title: response.statusText || undefined })
  const str = (key: string) => (typeof body[key] === 'string' ? body[key] : undefined)
  const params = Array.isArray(body.invalid_parameters)
    ? body.invalid_parameters.filter(
        (p): p is InvalidParameter =>
          isRecord(p) && typeof p.field === 'string' && typeof p.reason === 'string',
      )
    : undefined
  const session = SESSION_ENDS.find((end) => end === body.session)
  return new ApiError(response.status, {
    session: response.status === 401 ? session : undefined,
    title: str('title') ?? (response.statusText || undefined),
    detail: str('detail'),
    instance: str('instance'),
    invalid_parameters: params,
  })
}
