import TextField from '@mui/material/TextField'
import { Controller, useFormContext } from 'react-hook-form'
import { textFieldProps } from './field-props'
import {
  DEFAULT_METADATA_UPDATE_INTERVAL_SECONDS,
  type BackendClusterFormValues,
} from './backend-cluster-form-values'
import { FormSection } from './form-section'
import { describeInterval } from './interval-hint'
import { LabelsField } from './labels-field'

function intervalHint(value: string): string {
  const seconds = value.trim() === '' ? DEFAULT_METADATA_UPDATE_INTERVAL_SECONDS : Number(value)
  if (!Number.isInteger(seconds) || seconds < 1) return 'Whole seconds from 1 to 43200 (12 hours).'
  return `Every ${describeInterval(seconds)}${value.trim() === '' ? ' (the default)' : ''}. 1 to 43200 seconds.`
}

export function AdvancedSection() {
  const { control } = useFormContext<BackendClusterFormValues>()
  return (
    <FormSection title="Advanced">
      <Controller
        control={control}
        name="metadataUpdateIntervalSeconds"
        render={({ field, fieldState }) => (
          <TextField
            {...textFieldProps(field)}
            label="Metadata update interval (seconds)"
            type="number"
            sx={{ maxWidth: 360 }}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message ?? intervalHint(field.value)}
            slotProps={{ htmlInput: { min: 1, max: 43200, step: 1, inputMode: 'numeric' } }}
          />
        )}
      />
      <LabelsField />
    </FormSection>
  )
}
