import type { SessionEnd } from '../../api/api-error'

/** Why the person sees the sign-in form, in a sentence; nothing on a first visit. */
export function sessionEndMessage(reason: SessionEnd | 'not-yet'): string | undefined {
  switch (reason) {
    case 'rejected':
      return 'Your token was rejected or has expired. Sign in again to continue.'
    case 'expired':
      return 'Your session expired after a while without activity. Sign in again to continue.'
    case 'signed-out':
      return 'You are signed out.'
    case 'not-yet':
      return undefined
  }
}
