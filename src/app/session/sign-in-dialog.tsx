import Alert from '@mui/material/Alert'
import Dialog from '@mui/material/Dialog'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import type { SessionEnd } from '../../api/api-error'
import { sessionEndMessage } from './session-messages'
import { SignInForm } from './sign-in-form'

interface SignInDialogProps {
  reason: SessionEnd | 'not-yet'
  onSignedIn: () => void
}

/**
 * Sign in again without leaving the page: whatever was typed into a form stays, and a save that
 * failed can be sent again afterwards.
 */
export function SignInDialog({ reason, onSignedIn }: SignInDialogProps) {
  return (
    <Dialog open aria-labelledby="sign-in-again-title" fullWidth maxWidth="xs">
      <DialogTitle id="sign-in-again-title">Sign in to Konnect</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 0.5 }}>
          <Alert severity="warning">
            {sessionEndMessage(reason)} Everything on this page is kept.
          </Alert>
          <SignInForm onSignedIn={onSignedIn} />
        </Stack>
      </DialogContent>
    </Dialog>
  )
}
