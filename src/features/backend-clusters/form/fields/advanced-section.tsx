import TextField from '@mui/material/TextField'
import { Controller, useFormContext } from 'react-hook-form'
import { textFieldProps } from '../../../../components/form/text-field-props'
import {
  DEFAULT_METADATA_UPDATE_INTERVAL_SECONDS,
  type BackendClusterFormValues,
} from '../backend-cluster-form-values'
import { FormSection } from '../../../../components/form/form-section'
import { INTERVAL_MAX_SECONDS, INTERVAL_MIN_SECONDS } from '../rules/interval-rules'
import { describeInterval } from './interval-hint'
import { LabelsField } from '../../../../components/form/labels-field'

function intervalHint(value: string): string {
  const seconds = value.trim() === '' ? DEFAULT_METADATA_UPDATE_INTERVAL_SECONDS : Number(value)
  const range = `${INTERVAL_MIN_SECONDS} to ${INTERVAL_MAX_SECONDS}`
  if (!Number.isInteger(seconds) || seconds < INTERVAL_MIN_SECONDS) {
    return `Whole seconds from ${range} (${describeInterval(INTERVAL_MAX_SECONDS)}).`
  }
  return `Every ${describeInterval(seconds)}${value.trim() === '' ? ' (the default)' : ''}. ${range} seconds.`
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
            slotProps={{
              htmlInput: {
                min: INTERVAL_MIN_SECONDS,
                max: INTERVAL_MAX_SECONDS,
                step: 1,
                inputMode: 'numeric',
              },
            }}
          />
        )}
      />
      <LabelsField />
    </FormSection>
  )
}
