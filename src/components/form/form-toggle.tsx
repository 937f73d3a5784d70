import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import { useId, type ReactNode } from 'react'
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form'

interface FormToggleProps<T extends FieldValues> {
  control: Control<T>
  /** A boolean field of the form. */
  name: FieldPathByValue<T, boolean>
  label: string
  kind: 'checkbox' | 'switch'
  /** Shown under the control; an error on the field replaces it. */
  helperText?: ReactNode
  disabled?: boolean
}

/** A checkbox or switch bound to a boolean form field, with its help text tied to it for screen readers. */
export function FormToggle<T extends FieldValues>({
  control,
  name,
  label,
  kind,
  helperText,
  disabled,
}: FormToggleProps<T>) {
  const helpId = useId()
  const Control = kind === 'switch' ? Switch : Checkbox
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const help = fieldState.error?.message ?? helperText
        return (
          <Stack spacing={0.5}>
            <FormControlLabel
              label={label}
              control={
                <Control
                  checked={field.value === true}
                  disabled={disabled}
                  onChange={(event) => field.onChange(event.target.checked)}
                  onBlur={field.onBlur}
                  slotProps={{
                    input: { ref: field.ref, 'aria-describedby': help ? helpId : undefined },
                  }}
                />
              }
            />
            {help ? (
              <FormHelperText id={helpId} error={Boolean(fieldState.error)} sx={{ mt: 0 }}>
                {help}
              </FormHelperText>
            ) : null}
          </Stack>
        )
      }}
    />
  )
}
