import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { useCallback, useState } from 'react'
import { Controller, useFormContext, useWatch } from 'react-hook-form'
import { DescriptionField } from '../../../../components/form/description-field'
import { FormSection } from '../../../../components/form/form-section'
import { NAME_HINT } from '../../../../components/form/name-rules'
import { useFocusAfterPaint } from '../../../../components/form/use-focus-after-paint'
import { textFieldProps } from '../../../../components/form/text-field-props'
import { DNS_LABEL_HINT, suggestDnsLabel } from '../rules/dns-label-rules'
import { useNameTaken } from '../use-name-taken'
import type { VirtualClusterFormValues } from '../virtual-cluster-form-values'
import { BackendClusterField } from './backend-cluster-field'

interface GeneralSectionProps {
  mode: 'create' | 'edit'
  gatewayId: string
  /** In edit mode the virtual cluster's own name is not a clash. */
  ownId?: string
}

export function GeneralSection({ mode, gatewayId, ownId }: GeneralSectionProps) {
  const { control, getValues, setValue, getFieldState, formState, setFocus } =
    useFormContext<VirtualClusterFormValues>()
  const focusName = useCallback(() => setFocus('name'), [setFocus])
  useFocusAfterPaint(focusName, mode === 'create')
  const name = useWatch({ control, name: 'name' })
  const dnsLabel = useWatch({ control, name: 'dnsLabel' })
  const taken = useNameTaken(gatewayId, name, ownId)
  // A new virtual cluster's DNS label follows its name until the person types one of their own;
  // an existing one never changes by itself (clients reach it by that label).
  const [followName, setFollowName] = useState(
    () => mode === 'create' && getValues('dnsLabel') === suggestDnsLabel(getValues('name')),
  )
  const suggestion = suggestDnsLabel(name)
  const setDnsLabel = (label: string) =>
    setValue('dnsLabel', label, {
      shouldDirty: true,
      // Checked at once once the person has met the field (or tried to save).
      shouldValidate: getFieldState('dnsLabel', formState).isTouched || formState.isSubmitted,
    })

  return (
    <FormSection title="General">
      <Controller
        control={control}
        name="name"
        render={({ field, fieldState }) => (
          <TextField
            {...textFieldProps(field)}
            onChange={(event) => {
              field.onChange(event)
              if (followName) setDnsLabel(suggestDnsLabel(event.target.value))
            }}
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
      <DescriptionField />
      <Stack spacing={0.5}>
        <Controller
          control={control}
          name="dnsLabel"
          render={({ field, fieldState }) => (
            <TextField
              {...textFieldProps(field)}
              onChange={(event) => {
                field.onChange(event)
                setFollowName(mode === 'create' && event.target.value === suggestion)
              }}
              label="DNS label"
              error={Boolean(fieldState.error)}
              helperText={
                fieldState.error?.message ??
                `${followName && field.value ? 'Suggested from the name. ' : ''}Names this virtual cluster in the bootstrap address when the listener routes by SNI. ${DNS_LABEL_HINT}, at most 63.`
              }
              slotProps={{
                htmlInput: {
                  autoComplete: 'off',
                  spellCheck: false,
                  autoCapitalize: 'none',
                  'aria-required': true,
                  style: { fontFamily: 'monospace' },
                },
              }}
            />
          )}
        />
        {mode === 'create' && !followName && suggestion !== '' && suggestion !== dnsLabel ? (
          <Button
            size="small"
            sx={{ alignSelf: 'flex-start' }}
            onClick={() => {
              setFollowName(true)
              setDnsLabel(suggestion)
            }}
          >
            Use {suggestion}
          </Button>
        ) : null}
      </Stack>
      <BackendClusterField gatewayId={gatewayId} />
    </FormSection>
  )
}
