import { lazy, Suspense, type ReactNode } from 'react'
import { useConnectionInfo } from '../../config/connection-info'
import { session, useSessionState } from '../../config/session-state'

// Split points: only a signed-out visitor needs the sign-in screens' code.
const SignInPage = lazy(() => import('./sign-in-page').then((m) => ({ default: m.SignInPage })))
const SignInDialog = lazy(() =>
  import('./sign-in-dialog').then((m) => ({ default: m.SignInDialog })),
)

interface SessionGateProps {
  children: ReactNode
  /** After signing in again over a page: refetch what failed while signed out. */
  onSignedInAgain: () => void
}

/** In sign-in mode, nothing of the console shows (or asks the API) before the person signs in. */
export function SessionGate({ children, onSignedInAgain }: SessionGateProps) {
  const info = useConnectionInfo()
  const state = useSessionState()
  if (info.mode !== 'konnect' || info.access !== 'sign-in' || state.status === 'signed-in') {
    return children
  }
  if (state.where === 'page') {
    return (
      <Suspense fallback={null}>
        <SignInPage apiUrl={info.apiUrl} reason={state.reason} onSignedIn={session.signedIn} />
      </Suspense>
    )
  }
  return (
    <>
      {children}
      <Suspense fallback={null}>
        <SignInDialog
          reason={state.reason}
          onSignedIn={() => {
            session.signedIn()
            onSignedInAgain()
          }}
        />
      </Suspense>
    </>
  )
}
