import TextField from '@mui/material/TextField'
import { Controller, useFormContext } from 'react-hook-form'
import { autoGrowTextarea } from './auto-grow-textarea'
import { DESCRIPTION_MAX_LENGTH } from './name-rules'
import { textFieldProps } from './text-field-props'
import { codePointLength } from './text-length'

/** The Description field both entity forms have, with its length count. */
export function DescriptionField() {
  const { control } = useFormContext<{ description: string }>()
  return (
    <Controller
      control={control}
      name="description"
      render={({ field, fieldState }) => (
        <TextField
          {...textFieldProps(field)}
          label="Description"
          {...autoGrowTextarea(2)}
          error={Boolean(fieldState.error)}
          helperText={
            fieldState.error?.message ??
            `${codePointLength(field.value)} / ${DESCRIPTION_MAX_LENGTH} characters`
          }
        />
      )}
    />
  )
}
