import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import { forwardRef, useId } from 'react'
import { isTransientError } from '../../api/api-error'
import { describeError } from '../describe-error'

export type SubmissionProblem =
  { kind: 'fields'; messages: string[] } | { kind: 'error'; error: unknown }

interface SubmissionAlertProps {
  /** What was being saved, e.g. "backend cluster". */
  entity: string
  problem: SubmissionProblem
  onRetry: () => void
}

/** Everything a save can fail with that has no field to sit on; focusable so it is announced. */
export const SubmissionAlert = forwardRef<HTMLDivElement, SubmissionAlertProps>(
  function SubmissionAlert({ entity, problem, onRetry }, ref) {
    // Named by its title, so it is announced (and found) as what it is about.
    const titleId = useId()
    if (problem.kind === 'fields') {
      return (
        <Alert severity="error" ref={ref} tabIndex={-1} aria-labelledby={titleId}>
          <AlertTitle id={titleId}>Konnect did not accept the {entity}</AlertTitle>
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
        aria-labelledby={titleId}
        action={
          isTransientError(problem.error) ? (
            <Button color="inherit" size="small" onClick={onRetry}>
              Retry
            </Button>
          ) : undefined
        }
      >
        <AlertTitle id={titleId}>{title}</AlertTitle>
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
