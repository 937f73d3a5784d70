import Visibility from '@mui/icons-material/Visibility'
import VisibilityOff from '@mui/icons-material/VisibilityOff'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import CircularProgress from '@mui/material/CircularProgress'
import IconButton from '@mui/material/IconButton'
import InputAdornment from '@mui/material/InputAdornment'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { useId, useRef, useState, type SyntheticEvent } from 'react'
import { isApiError } from '../../api/api-error'
import { signIn } from '../../api/session-api'
import { describeError } from '../../components/describe-error'

/** Personal access tokens start with kpat_, system account tokens with spat_ (as the server checks). */
const TOKEN_PATTERN = /^(kpat|spat)_[A-Za-z0-9]{10,}$/

type Problem =
  | { kind: 'field'; message: string }
  | { kind: 'rejected'; detail: string }
  | { kind: 'error'; error: unknown }

function problemOf(error: unknown): Problem {
  if (isApiError(error, 401)) return { kind: 'rejected', detail: error.detail }
  if (isApiError(error, 400)) {
    const onToken = error.invalidParameters.find((param) => param.field === 'token')
    if (onToken) return { kind: 'field', message: onToken.reason }
  }
  return { kind: 'error', error }
}

/**
 * The token field and Sign in button. The token is sent once to the console's server, which checks
 * it with Konnect and keeps it in an HttpOnly cookie; the field is emptied as soon as it has gone.
 */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [token, setToken] = useState('')
  const [shown, setShown] = useState(false)
  const [pending, setPending] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const alertTitleId = useId()

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault()
    if (pending) return
    const typed = token.trim()
    if (!TOKEN_PATTERN.test(typed)) {
      setProblem({
        kind: 'field',
        message:
          typed === ''
            ? 'Paste your personal access token'
            : 'A Konnect token starts with kpat_ (personal) or spat_ (system account)',
      })
      input.current?.focus()
      return
    }
    setPending(true)
    setProblem(null)
    try {
      await signIn(typed)
      setToken('')
      onSignedIn()
    } catch (error) {
      setProblem(problemOf(error))
      input.current?.focus()
    } finally {
      setPending(false)
    }
  }

  const fieldError = problem?.kind === 'field' ? problem.message : undefined
  const described = problem?.kind === 'error' ? describeError(problem.error) : undefined
  return (
    <Stack component="form" noValidate spacing={2} onSubmit={(event) => void submit(event)}>
      {problem?.kind === 'rejected' ? (
        <Alert severity="error" aria-labelledby={alertTitleId}>
          <AlertTitle id={alertTitleId}>Konnect rejected this token</AlertTitle>
          {problem.detail ||
            'Check that you copied the whole token and that it has not expired or been revoked.'}
        </Alert>
      ) : null}
      {described ? (
        <Alert severity="error" aria-labelledby={alertTitleId}>
          <AlertTitle id={alertTitleId}>{described.title}</AlertTitle>
          {described.message}
        </Alert>
      ) : null}
      <TextField
        label="Personal access token"
        type={shown ? 'text' : 'password'}
        value={token}
        onChange={(event) => setToken(event.target.value)}
        inputRef={input}
        autoFocus
        required
        error={fieldError !== undefined}
        helperText={
          fieldError ??
          'In Konnect: your account menu → Personal access tokens → Generate token (kpat_…).'
        }
        slotProps={{
          htmlInput: { autoComplete: 'off', spellCheck: false, 'data-lpignore': 'true' },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  aria-label={shown ? 'Hide token' : 'Show token'}
                  aria-pressed={shown}
                  onClick={() => setShown((value) => !value)}
                  edge="end"
                >
                  {shown ? <VisibilityOff /> : <Visibility />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Button
        type="submit"
        variant="contained"
        disabled={pending}
        startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
        sx={{ alignSelf: 'flex-start' }}
      >
        Sign in
      </Button>
    </Stack>
  )
}
