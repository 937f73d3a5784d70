// Whether the person is signed in (sign-in mode). Shared-token and demo mode are always "signed in".
// Signing in again after a session ended mid-use happens in a dialog over the page, so nothing on
// the page (a half-filled form) is lost; a first visit or a sign-out shows the sign-in page.
import { useSyncExternalStore } from 'react'
import type { SessionEnd } from '../api/api-error'

export type SessionState =
  | { status: 'signed-in' }
  /** `where`: a whole page before anything else, or a dialog over the page in use. */
  | { status: 'signed-out'; reason: SessionEnd | 'not-yet'; where: 'page' | 'dialog' }

let state: SessionState = { status: 'signed-in' }
const listeners = new Set<() => void>()

function set(next: SessionState): void {
  state = next
  for (const listener of listeners) listener()
}

export const session = {
  get: (): SessionState => state,
  /** At start: the page was served without a session. */
  startSignedOut: () => set({ status: 'signed-out', reason: 'not-yet', where: 'page' }),
  signedIn: () => set({ status: 'signed-in' }),
  /** Sign out by choice: back to the sign-in page. */
  signedOut: () => set({ status: 'signed-out', reason: 'signed-out', where: 'page' }),
  /** The server ended the session (idle, or Konnect refused the token) while the page was in use. */
  ended: (reason: SessionEnd) => {
    if (state.status === 'signed-in') set({ status: 'signed-out', reason, where: 'dialog' })
  },
}

export function useSessionState(): SessionState {
  return useSyncExternalStore((listener) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }, session.get)
}
