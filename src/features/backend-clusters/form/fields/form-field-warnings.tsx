import Stack from '@mui/material/Stack'
import { useFormContext, useWatch } from 'react-hook-form'
import { FieldWarning } from '../../../../components/field-warning'
import { formWarnings } from '../rules/backend-cluster-form-warnings'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'

/** The non-blocking warnings that belong under one field, worked out from the whole form. */
export function FormFieldWarnings({ field }: { field: keyof BackendClusterFormValues }) {
  const { control } = useFormContext<BackendClusterFormValues>()
  const values = useWatch({ control }) as BackendClusterFormValues
  const warnings = formWarnings(values).filter((warning) => warning.field === field)
  if (warnings.length === 0) return null
  return (
    <Stack spacing={0.5}>
      {warnings.map((warning) => (
        <FieldWarning key={warning.message}>{warning.message}</FieldWarning>
      ))}
    </Stack>
  )
}
