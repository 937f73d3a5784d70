import Chip from '@mui/material/Chip'
import TextField from '@mui/material/TextField'
import { useEffect, useRef, type ClipboardEvent, type FocusEvent, type KeyboardEvent } from 'react'

interface ChipsTextFieldProps {
  label: string
  /** The committed entries, one chip each. */
  values: readonly string[]
  /** What is typed after them, not yet an entry. */
  draft: string
  onDraftChange: (draft: string) => void
  onRemove: (index: number) => void
  /** Keys in the text input, before this field's own (Backspace, arrows); may preventDefault. */
  onInputKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void
  onPaste?: (event: ClipboardEvent<HTMLInputElement>) => void
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void
  /** A callback ref, as react-hook-form's field.ref is. */
  inputRef?: (element: HTMLInputElement | null) => void
  error?: boolean
  helperText?: string
  /** Entries drawn as errors (outlined, red). */
  isInvalid?: (value: string) => boolean
  required?: boolean
}

/**
 * A text field whose entries become chips inside it. Backspace in an empty field removes the last
 * chip; the left arrow in an empty field moves onto the chips, where arrows move, Backspace or Delete
 * removes, and Escape returns to the text. Chips stay out of the Tab order, so the form's Tab path
 * does not grow with every entry.
 */
export function ChipsTextField({
  label,
  values,
  draft,
  onDraftChange,
  onRemove,
  onInputKeyDown,
  onPaste,
  onBlur,
  inputRef,
  error = false,
  helperText,
  isInvalid,
  required = false,
}: ChipsTextFieldProps) {
  const chips = useRef<(HTMLDivElement | null)[]>([])
  const input = useRef<HTMLInputElement | null>(null)
  // After a chip is removed from the keyboard, focus goes to the one that took its place.
  const focusAfterRemoval = useRef<number | null>(null)

  useEffect(() => {
    const index = focusAfterRemoval.current
    if (index === null) return
    focusAfterRemoval.current = null
    const target = chips.current[Math.min(index, values.length - 1)]
    if (target && values.length > 0) target.focus()
    else input.current?.focus()
  }, [values])

  const setInputRef = (element: HTMLInputElement | null) => {
    input.current = element
    inputRef?.(element)
  }

  const onTextKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onInputKeyDown?.(event)
    if (event.defaultPrevented || values.length === 0) return
    // Only from an empty text: leaving a half-typed entry would commit it (the field's onBlur).
    if (draft !== '') return
    if (event.key === 'Backspace') {
      event.preventDefault()
      onRemove(values.length - 1)
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault()
      chips.current[values.length - 1]?.focus()
    }
  }

  const onChipKeyDown = (index: number) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowLeft') {
      event.preventDefault()
      chips.current[Math.max(0, index - 1)]?.focus()
    } else if (event.key === 'ArrowRight') {
      event.preventDefault()
      const next = chips.current[index + 1]
      if (index + 1 < values.length && next) next.focus()
      else input.current?.focus()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      input.current?.focus()
    }
    // Backspace and Delete: the chip itself calls onDelete on key up.
  }

  return (
    <TextField
      label={label}
      value={draft}
      onChange={(event) => onDraftChange(event.target.value)}
      onPaste={onPaste}
      onBlur={onBlur}
      inputRef={setInputRef}
      error={error}
      helperText={helperText}
      slotProps={{
        input: {
          startAdornment:
            values.length === 0
              ? undefined
              : values.map((value, index) => {
                  const invalid = isInvalid?.(value) ?? false
                  return (
                    <Chip
                      key={value}
                      ref={(element: HTMLDivElement | null) => {
                        chips.current[index] = element
                      }}
                      label={value}
                      size="small"
                      tabIndex={-1}
                      color={invalid ? 'error' : 'default'}
                      variant={invalid ? 'outlined' : 'filled'}
                      onDelete={(event: { type: string }) => {
                        if (event.type === 'keyup') focusAfterRemoval.current = index
                        onRemove(index)
                      }}
                      onKeyDown={onChipKeyDown(index)}
                      sx={{
                        fontFamily: 'monospace',
                        maxWidth: '100%',
                        // MUI's focused chip differs by a shade only; a keyboard user needs more.
                        '&.Mui-focusVisible': {
                          outline: 2,
                          outlineStyle: 'solid',
                          outlineColor: 'primary.main',
                          outlineOffset: 1,
                        },
                      }}
                    />
                  )
                }),
        },
        htmlInput: {
          onKeyDown: onTextKeyDown,
          autoComplete: 'off',
          spellCheck: false,
          'aria-required': required,
        },
      }}
      sx={{
        // Chips and the text share the field's lines and wrap together, as in a tag input.
        '& .MuiInputBase-root': { flexWrap: 'wrap', gap: 0.75, p: '9px' },
        '& .MuiInputBase-input': {
          flexGrow: 1,
          width: 0,
          minWidth: 64,
          p: '7.5px 4px 7.5px 5px',
        },
      }}
    />
  )
}
