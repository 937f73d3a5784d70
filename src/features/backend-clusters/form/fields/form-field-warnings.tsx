import Stack from '@mui/material/Stack'
import { useFormContext, useWatch } from 'react-hook-form'
import { FieldWarning } from '../../../../components/field-warning'
import { formWarnings, WARNING_INPUTS } from '../rules/backend-cluster-form-warnings'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'

/** The non-blocking warnings that belong under one field, worked out from the whole form. */
export function FormFieldWarnings({ field }: { field: keyof BackendClusterFormValues }) {
  const { control } = useFormContext<BackendClusterFormValues>()
  // Only what the warnings read: a keystroke in Name or Description renders nothing here.
  const [bootstrapServers, authType, tlsEnabled, tlsSkipVerify, allowAnonymousVirtualClusterAuth] =
    useWatch({ control, name: WARNING_INPUTS })
  const warnings = formWarnings({
    bootstrapServers,
    authType,
    tlsEnabled,
    tlsSkipVerify,
    allowAnonymousVirtualClusterAuth,
  }).filter((warning) => warning.field === field)
  if (warnings.length === 0) return null
  return (
    <Stack spacing={0.5}>
      {warnings.map((warning) => (
        <FieldWarning key={warning.message}>{warning.message}</FieldWarning>
      ))}
    </Stack>
  )
}
