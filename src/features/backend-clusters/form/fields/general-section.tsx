import TextField from '@mui/material/TextField'
import { useCallback } from 'react'
import { useFormContext, useFormState } from 'react-hook-form'
import { NAME_HINT } from '../../../../components/form/name-rules'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'
import { BootstrapServersField } from './bootstrap-servers-field'
import { DescriptionField } from '../../../../components/form/description-field'
import { FormSection } from '../../../../components/form/form-section'
import { useFocusAfterPaint } from '../../../../components/form/use-focus-after-paint'
import { useSettledField } from '../../../../components/form/use-settled-field'
import { NAME_LOOKUP_DELAY_MS, useNameTaken } from '../use-name-availability'

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

/**
 * Its own component. The input is uncontrolled (registered with the form), so a keystroke renders
 * nothing: the clash hint renders when typing starts and when it pauses, the error when it changes.
 */
function NameField({ gatewayId, ownId }: GeneralSectionProps) {
  const form = useFormContext<BackendClusterFormValues>()
  const { register, setFocus, control } = form
  const focusName = useCallback(() => setFocus('name'), [setFocus])
  useFocusAfterPaint(focusName, !ownId)
  const error = useFormState({ control, name: 'name' }).errors.name
  const { settled, typing } = useSettledField(form, 'name', NAME_LOOKUP_DELAY_MS)
  const taken = useNameTaken(gatewayId, settled, ownId) && !typing
  const { ref, ...field } = register('name')
  return (
    <TextField
      {...field}
      inputRef={ref}
      label="Name"
      error={Boolean(error)}
      helperText={
        error?.message ??
        (taken
          ? `"${settled}" is already used in this gateway; pick another name.`
          : `Unique in this gateway. ${NAME_HINT}`)
      }
      slotProps={{
        htmlInput: { autoComplete: 'off', spellCheck: false, 'aria-required': true },
        formHelperText: { sx: taken && !error ? { color: 'warning.main' } : undefined },
      }}
    />
  )
}
