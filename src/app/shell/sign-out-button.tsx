import LogoutOutlined from '@mui/icons-material/LogoutOutlined'
import Button from '@mui/material/Button'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { signOut } from '../../api/session-api'
import { useNotify } from '../../components/notifications'
import { describeError } from '../../components/describe-error'
import { useConnectionInfo } from '../../config/connection-info'
import { session } from '../../config/session-state'

/** Sign-in mode: ends the session on the server and forgets everything fetched with it. */
export function SignOutButton() {
  const info = useConnectionInfo()
  const queryClient = useQueryClient()
  const notify = useNotify()
  const [pending, setPending] = useState(false)
  if (info.mode !== 'konnect' || info.access !== 'sign-in') return null
  const leave = async () => {
    setPending(true)
    try {
      await signOut()
      // Nothing one person fetched may show to the next one who signs in here.
      queryClient.clear()
      session.signedOut()
    } catch (error) {
      const { title, message } = describeError(error)
      notify(`Not signed out — ${title}. ${message}`, 'error')
      setPending(false)
    }
  }
  return (
    <Button
      color="inherit"
      size="small"
      startIcon={<LogoutOutlined />}
      disabled={pending}
      onClick={() => void leave()}
    >
      Sign out
    </Button>
  )
}
