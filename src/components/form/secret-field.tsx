import LockOutlined from '@mui/icons-material/LockOutlined'
import Visibility from '@mui/icons-material/Visibility'
import VisibilityOff from '@mui/icons-material/VisibilityOff'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import InputAdornment from '@mui/material/InputAdornment'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useEffect, useId, useRef, useState, type ClipboardEvent, type ReactNode } from 'react'
import {
  useController,
  useFormContext,
  useWatch,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form'
import { isSecretReference } from './vault-reference'
import { VaultReferenceButton } from './vault-reference-button'

interface SecretFieldProps<T extends FieldValues> {
  control: Control<T>
  /** The secret's text field. */
  name: FieldPathByValue<T, string>
  /** Whether Konnect holds a value it never returns; an empty field then means "keep it". */
  storedName: FieldPathByValue<T, boolean>
  label: string
  /** Lower-case noun for buttons: "password", "client key". */
  subject: string
  required?: boolean
  disabled?: boolean
  helperText: ReactNode
  /** Lets the key field turn a pasted PEM into what Konnect expects. */
  transformPaste?: (text: string) => string | null
  /**
   * Why the stored value can no longer be kept (e.g. the username it belongs to changed): the
   * field then asks for a new one at once, saying why, instead of offering to keep it.
   */
  cannotKeep?: string
}

/**
 * A write-only value: masked while typed, never echoed back by the API. When the server holds one,
 * it shows "Stored — hidden" and is only replaced on request; a reference is not a secret and shows as is.
 */
export function SecretField<T extends FieldValues>({
  control,
  name,
  storedName,
  label,
  subject,
  required,
  disabled,
  helperText,
  transformPaste,
  cannotKeep,
}: SecretFieldProps<T>) {
  const { trigger, formState } = useFormContext<T>()
  const {
    field: { ref: fieldRef, value: fieldValue, onChange, onBlur },
    fieldState,
  } = useController({ control, name })
  const value: string = typeof fieldValue === 'string' ? fieldValue : ''
  // As the form's mode intends: a rule's complaint shows once the field was left or a save tried.
  // (A whole-form check run by a neighbouring field in a list can set it earlier.) The server's show
  // at once.
  const error =
    fieldState.isTouched || formState.isSubmitted || fieldState.error?.type === 'server'
      ? fieldState.error
      : undefined
  const held = useWatch({ control, name: storedName }) === true
  const stored = held && cannotKeep === undefined
  // Shown before the field is left: nothing would tell why the stored value vanished otherwise.
  const lost = held && cannotKeep !== undefined && value === '' ? cannotKeep : undefined
  const storedLabelId = useId()
  /** Sets the text as typing would, and checks it at once (a button set it, not the keyboard). */
  const setText = (text: string) => {
    onChange(text)
    void trigger(name)
  }
  const [replacing, setReplacing] = useState(false)
  const [shown, setShown] = useState(false)
  const replaceButton = useRef<HTMLButtonElement | null>(null)
  const [returnFocus, setReturnFocus] = useState(false)
  useEffect(() => {
    // "Keep the stored …" removes the input it sat under; focus goes back to "Replace …".
    if (returnFocus) replaceButton.current?.focus()
  }, [returnFocus])
  const reference = isSecretReference(value)

  if (stored && !replacing && value === '') {
    return (
      <Stack spacing={0.5} role="group" aria-labelledby={storedLabelId}>
        <Typography variant="body2" color="text.secondary" component="span" id={storedLabelId}>
          {label}
        </Typography>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <LockOutlined fontSize="small" color="action" aria-hidden />
          <Typography>Stored — hidden</Typography>
          <Button
            size="small"
            variant="outlined"
            ref={(element: HTMLButtonElement | null) => {
              fieldRef(element)
              replaceButton.current = element
            }}
            disabled={disabled}
            onClick={() => {
              setReturnFocus(false)
              setReplacing(true)
            }}
          >
            Replace {subject}
          </Button>
        </Stack>
        {error ? (
          <Typography variant="caption" color="error" role="alert">
            {error.message}
          </Typography>
        ) : (
          <Typography variant="caption" color="text.secondary">
            Konnect keeps the {subject} encrypted and never returns it. Saving without replacing
            keeps it.
          </Typography>
        )}
      </Stack>
    )
  }

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    if (!transformPaste) return
    const next = transformPaste(event.clipboardData.getData('text'))
    if (next === null) return
    event.preventDefault()
    onChange(next)
  }

  return (
    <Stack spacing={0.5}>
      <TextField
        label={label}
        name={name}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        inputRef={fieldRef}
        disabled={disabled}
        type={shown || reference ? 'text' : 'password'}
        error={Boolean(error) || lost !== undefined}
        helperText={error?.message ?? lost ?? helperText}
        onPaste={onPaste}
        autoFocus={replacing}
        slotProps={{
          // Browsers must not offer the operator's own saved passwords here.
          htmlInput: {
            autoComplete: 'off',
            spellCheck: false,
            'data-lpignore': 'true',
            'aria-required': required,
          },
          input: {
            endAdornment: reference ? undefined : (
              <InputAdornment position="end">
                <IconButton
                  aria-label={shown ? `Hide ${subject}` : `Show ${subject}`}
                  aria-pressed={shown}
                  onClick={() => setShown((value) => !value)}
                  edge="end"
                  disabled={disabled}
                >
                  {shown ? <VisibilityOff /> : <Visibility />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        {disabled ? null : <VaultReferenceButton subject={subject} onInsert={setText} />}
        {stored && replacing ? (
          <Button
            size="small"
            onClick={() => {
              setText('')
              setReplacing(false)
              setReturnFocus(true)
            }}
          >
            Keep the stored {subject}
          </Button>
        ) : null}
      </Stack>
    </Stack>
  )
}
