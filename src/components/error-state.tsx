import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import { describeError } from './describe-error'

interface ErrorStateProps {
  error: unknown
  onRetry?: () => void
}

/** An error in place of content, with Retry whenever trying again can help. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { title, message, reference } = describeError(error)
  return (
    <Alert
      severity="error"
      variant="outlined"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {message}
      {reference ? (
        <Typography variant="body2" sx={{ mt: 0.5, opacity: 0.8 }}>
          Reference: <code>{reference}</code>
        </Typography>
      ) : null}
    </Alert>
  )
}
