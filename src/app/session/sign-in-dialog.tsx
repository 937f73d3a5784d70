import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Divider from '@mui/material/Divider'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useId } from 'react'
import type { SessionEnd } from '../../api/api-error'
import { sessionEndMessage } from './session-messages'
import { SignInForm } from './sign-in-form'
import { useSignOut } from './use-sign-out'

interface SignInDialogProps {
  reason: SessionEnd | 'not-yet'
  onSignedIn: () => void
}

/**
 * Sign in again without leaving the page: whatever was typed into a form stays, and a save that
 * failed can be sent again afterwards. Or sign out, leaving it all behind.
 */
export function SignInDialog({ reason, onSignedIn }: SignInDialogProps) {
  const { signOut, pending } = useSignOut()
  const signOutHelpId = useId()
  return (
    <Dialog open aria-labelledby="sign-in-again-title" fullWidth maxWidth="xs">
      <DialogTitle id="sign-in-again-title">Sign in to Konnect</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 0.5 }}>
          <Alert severity="warning">
            {sessionEndMessage(reason)} Everything on this page is kept.
          </Alert>
          <SignInForm onSignedIn={onSignedIn} />
          <Divider />
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <Typography id={signOutHelpId} variant="body2" color="text.secondary" sx={{ flex: 1 }}>
              Or sign out: anything not saved on this page is discarded.
            </Typography>
            <Button
              color="inherit"
              disabled={pending}
              aria-describedby={signOutHelpId}
              onClick={() => void signOut()}
            >
              Sign out
            </Button>
          </Stack>
        </Stack>
      </DialogContent>
    </Dialog>
  )
}
