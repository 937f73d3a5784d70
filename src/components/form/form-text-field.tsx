import TextField, { type TextFieldProps } from '@mui/material/TextField'
import type { InputBaseComponentProps } from '@mui/material/InputBase'
import type { ReactNode } from 'react'
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form'
import { autoGrowTextarea } from './auto-grow-textarea'
import { textFieldProps } from './text-field-props'

interface FormTextFieldProps<T extends FieldValues> {
  control: Control<T>
  /** A string field of the form. */
  name: FieldPathByValue<T, string>
  label: string
  /** Shown under the field; an error replaces it. A space keeps the line so the layout doesn't jump. */
  helperText?: ReactNode
  required?: boolean
  placeholder?: string
  /** Code-like values (globs, URLs, names): no spell check, no autocomplete, monospace. */
  code?: boolean
  multiline?: boolean
  minRows?: number
  size?: TextFieldProps['size']
  disabled?: boolean
}

/** A text field bound to a string field of the form, with its error as helper text. */
export function FormTextField<T extends FieldValues>({
  control,
  name,
  label,
  helperText = ' ',
  required,
  placeholder,
  code,
  multiline,
  minRows,
  size,
  disabled,
}: FormTextFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...textFieldProps(field)}
          label={label}
          fullWidth
          size={size}
          disabled={disabled}
          placeholder={placeholder}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? helperText}
          {...textInput(
            {
              autoComplete: 'off',
              spellCheck: code ? false : undefined,
              'aria-required': required,
              style: code ? { fontFamily: 'monospace' } : undefined,
            },
            multiline ? (minRows ?? 1) : undefined,
          )}
        />
      )}
    />
  )
}

/** A one-line input, or a textarea of at least `minRows` lines that grows with its text. */
function textInput(htmlInput: InputBaseComponentProps, minRows: number | undefined) {
  return minRows === undefined
    ? { slotProps: { htmlInput } }
    : autoGrowTextarea(minRows, undefined, htmlInput)
}
