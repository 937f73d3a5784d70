import type { ReactNode } from 'react'
import { useConnectionInfo } from '../../config/connection-info'
import { session, useSessionState } from '../../config/session-state'
import { SignInDialog } from './sign-in-dialog'
import { SignInPage } from './sign-in-page'

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
    return <SignInPage apiUrl={info.apiUrl} reason={state.reason} onSignedIn={session.signedIn} />
  }
  return (
    <>
      {children}
      <SignInDialog
        reason={state.reason}
        onSignedIn={() => {
          session.signedIn()
          onSignedInAgain()
        }}
      />
    </>
  )
}
