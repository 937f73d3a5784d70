import { ApiError, NetworkError, TimeoutError } from '../api/api-error'

export interface ErrorDescription {
  title: string
  message: string
  /** Konnect's trace reference, worth quoting to support. */
  reference?: string
}

/** Turns any failure into words an operator can act on. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof NetworkError || (error instanceof ApiError && error.status === 502)) {
    return {
      title: 'Konnect is unreachable',
      message:
        'No answer came back from the Konnect API. Check the network connection, then retry.',
    }
  }
  if (error instanceof TimeoutError || (error instanceof ApiError && error.status === 504)) {
    return {
      title: 'Konnect did not answer in time',
      message: 'The request took too long. Konnect may be busy; retry in a moment.',
    }
  }
  if (error instanceof ApiError) {
    const reference = error.instance
    if (error.status === 401 && error.session) {
      return {
        title: 'You are signed out',
        message:
          error.session === 'rejected'
            ? 'Your token was rejected or has expired. Sign in again; everything you typed is kept.'
            : 'Your session ended. Sign in again; everything you typed is kept.',
        reference,
      }
    }
    if (error.status === 401) {
      return {
        title: 'The token was rejected',
        message:
          'Konnect did not accept the access token the console uses. Create a new personal access token in Konnect, set it as KONNECT_TOKEN and restart the console server.',
        reference,
      }
    }
    if (error.status === 403) {
      return {
        title: 'You do not have permission',
        message:
          'The token works, but its account lacks the role for this action. Ask a Konnect organization admin for Event Gateway permissions.',
        reference,
      }
    }
    if (error.status >= 500) {
      return {
        title: 'Konnect could not complete the request',
        message: error.detail || 'The server had a problem. Retry in a moment.',
        reference,
      }
    }
    return { title: error.title, message: error.detail, reference }
  }
  return {
    title: 'Something went wrong',
    message: error instanceof Error ? error.message : 'An unexpected error occurred.',
  }
}
