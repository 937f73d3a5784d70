import TextField, { type TextFieldProps } from '@mui/material/TextField'
import type { ReactNode } from 'react'
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form'
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
          multiline={multiline}
          minRows={minRows}
          placeholder={placeholder}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? helperText}
          slotProps={{
            htmlInput: {
              autoComplete: 'off',
              spellCheck: code ? false : undefined,
              'aria-required': required,
              style: code ? { fontFamily: 'monospace' } : undefined,
            },
          }}
        />
      )}
    />
  )
}
