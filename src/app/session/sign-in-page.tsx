import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { SessionEnd } from '../../api/api-error'
import { sessionEndMessage } from './session-messages'
import { SignInForm } from './sign-in-form'

interface SignInPageProps {
  apiUrl: string
  reason: SessionEnd | 'not-yet'
  onSignedIn: () => void
}

/** What every page shows first in sign-in mode, until the person signs in with their own token. */
export function SignInPage({ apiUrl, reason, onSignedIn }: SignInPageProps) {
  const message = sessionEndMessage(reason)
  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        p: 2,
        bgcolor: 'background.default',
      }}
    >
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 460, p: { xs: 3, sm: 4 } }}>
        <Stack spacing={2.5}>
          <Typography variant="overline" color="text.secondary" component="p">
            Event Gateway Console
          </Typography>
          <Typography variant="h1" sx={{ fontSize: '1.6rem', fontWeight: 600 }}>
            Sign in to Konnect
          </Typography>
          {message ? (
            <Alert severity={reason === 'signed-out' ? 'info' : 'warning'}>{message}</Alert>
          ) : null}
          <Typography variant="body2" color="text.secondary">
            You act with your own Konnect permissions, at <code>{apiUrl}</code>. The token stays on
            the console&apos;s server in an encrypted cookie this page cannot read.
          </Typography>
          <SignInForm onSignedIn={onSignedIn} />
        </Stack>
      </Paper>
    </Box>
  )
}
