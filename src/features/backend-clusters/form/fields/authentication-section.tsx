import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { Controller, useFormContext, useWatch } from 'react-hook-form'
import { AUTHENTICATION_OPTIONS } from './authentication-options'
import { textFieldProps } from '../../../../components/form/text-field-props'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'
import { AnonymousUsersWarning } from './anonymous-users-warning'
import { FormFieldWarnings } from './form-field-warnings'
import { FormSection } from '../../../../components/form/form-section'
import { FormSelect } from '../../../../components/form/form-select'
import { FormToggle } from '../../../../components/form/form-toggle'
import { SecretField } from '../../../../components/form/secret-field'
import { VaultReferenceButton } from '../../../../components/form/vault-reference-button'

interface AuthenticationSectionProps {
  gatewayId: string
  /** Edit: the backend cluster, so unticking anonymous access can name who still needs it. */
  clusterId?: string
}

export function AuthenticationSection({ gatewayId, clusterId }: AuthenticationSectionProps) {
  const { control, setValue } = useFormContext<BackendClusterFormValues>()
  const authType = useWatch({ control, name: 'authType' })
  const usesSasl = authType !== 'anonymous'

  return (
    <FormSection
      title="Authentication"
      description="How the gateway authenticates to the Kafka cluster."
    >
      <FormSelect
        control={control}
        name="authType"
        label="Authentication"
        options={AUTHENTICATION_OPTIONS}
      />
      {usesSasl ? (
        <>
          <Stack spacing={0.5}>
            <Controller
              control={control}
              name="username"
              render={({ field, fieldState }) => (
                <TextField
                  {...textFieldProps(field)}
                  label="Username"
                  error={Boolean(fieldState.error)}
                  helperText={
                    fieldState.error?.message ??
                    "A literal or a reference such as ${vault.env['KAFKA_USER']}"
                  }
                  slotProps={{
                    htmlInput: { autoComplete: 'off', spellCheck: false, 'aria-required': true },
                  }}
                />
              )}
            />
            <VaultReferenceButton
              subject="username"
              onInsert={(value) =>
                setValue('username', value, { shouldDirty: true, shouldValidate: true })
              }
            />
          </Stack>
          <SecretField
            control={control}
            name="password"
            storedName="passwordStored"
            label="Password"
            subject="password"
            required
            helperText="A plaintext password is encrypted by Konnect and never shown again."
          />
          <FormFieldWarnings field="authType" />
        </>
      ) : null}
      <Stack spacing={0.5}>
        <FormToggle
          control={control}
          name="allowAnonymousVirtualClusterAuth"
          kind="checkbox"
          label="Allow anonymous authentication from virtual clusters"
          helperText="Lets virtual clusters accept clients without credentials and still use this backend cluster."
        />
        <FormFieldWarnings field="allowAnonymousVirtualClusterAuth" />
        {clusterId ? (
          <AnonymousUsersWarning gatewayId={gatewayId} backendClusterId={clusterId} />
        ) : null}
      </Stack>
    </FormSection>
  )
}
