import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import { forwardRef } from 'react'
import { isTransientError } from '../../../api/api-error'
import { describeError } from '../../../components/describe-error'

export type SubmissionProblem =
  { kind: 'fields'; messages: string[] } | { kind: 'error'; error: unknown }

interface SubmissionAlertProps {
  problem: SubmissionProblem
  onRetry: () => void
}

/** Everything a save can fail with that has no field to sit on; focusable so it is announced. */
export const SubmissionAlert = forwardRef<HTMLDivElement, SubmissionAlertProps>(
  function SubmissionAlert({ problem, onRetry }, ref) {
    if (problem.kind === 'fields') {
      return (
        <Alert severity="error" ref={ref} tabIndex={-1}>
          <AlertTitle>Konnect did not accept the backend cluster</AlertTitle>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {problem.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Alert>
      )
    }
    const { title, message, reference } = describeError(problem.error)
    return (
      <Alert
        severity="error"
        ref={ref}
        tabIndex={-1}
        action={
          isTransientError(problem.error) ? (
            <Button color="inherit" size="small" onClick={onRetry}>
              Retry
            </Button>
          ) : undefined
        }
      >
        <AlertTitle>{title}</AlertTitle>
        {message} Everything you typed is still here.
        {reference ? (
          <Typography variant="body2" sx={{ mt: 0.5, opacity: 0.8 }}>
            Reference: <code>{reference}</code>
          </Typography>
        ) : null}
      </Alert>
    )
  },
)
