import TextField from '@mui/material/TextField'
import { useCallback } from 'react'
import { Controller, useFormContext, useWatch } from 'react-hook-form'
import { textFieldProps } from '../../../../components/form/text-field-props'
import { NAME_HINT } from '../../../../components/form/name-rules'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'
import { BootstrapServersField } from './bootstrap-servers-field'
import { DescriptionField } from '../../../../components/form/description-field'
import { FormSection } from '../../../../components/form/form-section'
import { useFocusAfterPaint } from '../../../../components/form/use-focus-after-paint'
import { useNameTaken } from '../use-name-availability'

interface GeneralSectionProps {
  gatewayId: string
  /** In edit mode the cluster's own name is not a clash. */
  ownId?: string
}

export function GeneralSection({ gatewayId, ownId }: GeneralSectionProps) {
  return (
    <FormSection title="General">
      <NameField gatewayId={gatewayId} ownId={ownId} />
      <DescriptionField />
      <BootstrapServersField />
    </FormSection>
  )
}

/** Its own component: the name is watched for clashes, and a keystroke re-renders only this field. */
function NameField({ gatewayId, ownId }: GeneralSectionProps) {
  const { control, setFocus } = useFormContext<BackendClusterFormValues>()
  const name = useWatch({ control, name: 'name' })
  const focusName = useCallback(() => setFocus('name'), [setFocus])
  useFocusAfterPaint(focusName, !ownId)
  const taken = useNameTaken(gatewayId, name, ownId)
  return (
    <Controller
      control={control}
      name="name"
      render={({ field, fieldState }) => (
        <TextField
          {...textFieldProps(field)}
          label="Name"
          error={Boolean(fieldState.error)}
          helperText={
            fieldState.error?.message ??
            (taken
              ? `"${name.trim()}" is already used in this gateway; pick another name.`
              : `Unique in this gateway. ${NAME_HINT}`)
          }
          slotProps={{
            htmlInput: { autoComplete: 'off', spellCheck: false, 'aria-required': true },
            formHelperText: {
              sx: taken && !fieldState.error ? { color: 'warning.main' } : undefined,
            },
          }}
        />
      )}
    />
  )
}
