// The console server's own sign-in endpoints (sign-in mode): not Konnect's API, so not in the spec.
// The token goes to the server once, in a POST body; from then on it lives only in an HttpOnly cookie
// this page cannot read.
import { appConfig } from '../config/app-config'
import { NetworkError, TimeoutError, toApiError } from './api-error'

const SESSION_PATH = '/api/session'

async function send(method: 'POST' | 'DELETE', body?: object): Promise<void> {
  const timeout = AbortSignal.timeout(appConfig.requestTimeoutMs)
  let response: Response
  try {
    response = await fetch(SESSION_PATH, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: timeout,
    })
  } catch (error) {
    if (timeout.aborted) throw new TimeoutError(appConfig.requestTimeoutMs)
    throw new NetworkError({ cause: error })
  }
  if (response.ok) return
  const problem: unknown = await response.json().catch(() => undefined)
  throw toApiError(response, problem)
}

/** Checks the token with Konnect and starts a session; rejects with ApiError (401: Konnect said no). */
export function signIn(token: string): Promise<void> {
  return send('POST', { token })
}

export function signOut(): Promise<void> {
  return send('DELETE')
}
