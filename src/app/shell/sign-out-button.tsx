import LogoutOutlined from '@mui/icons-material/LogoutOutlined'
import Button from '@mui/material/Button'
import { useConnectionInfo } from '../../config/connection-info'
import { useSignOut } from '../session/use-sign-out'

/** Sign-in mode: ends the session on the server and forgets everything fetched with it. */
export function SignOutButton() {
  const info = useConnectionInfo()
  const { signOut, pending } = useSignOut()
  if (info.mode !== 'konnect' || info.access !== 'sign-in') return null
  return (
    <Button
      color="inherit"
      size="small"
      startIcon={<LogoutOutlined />}
      disabled={pending}
      onClick={() => void signOut()}
    >
      Sign out
    </Button>
  )
}
