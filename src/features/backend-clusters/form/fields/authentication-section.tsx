import FormControl from '@mui/material/FormControl'
import FormHelperText from '@mui/material/FormHelperText'
import InputLabel from '@mui/material/InputLabel'
import ListItemText from '@mui/material/ListItemText'
import MenuItem from '@mui/material/MenuItem'
import Select from '@mui/material/Select'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { Controller, useFormContext, useWatch } from 'react-hook-form'
import { AUTHENTICATION_OPTIONS, authenticationOption } from './authentication-options'
import { textFieldProps } from '../../../../components/form/text-field-props'
import type { AuthChoice, BackendClusterFormValues } from '../backend-cluster-form-values'
import { AnonymousUsersWarning } from './anonymous-users-warning'
import { FormFieldWarnings } from './form-field-warnings'
import { FormSection } from '../../../../components/form/form-section'
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
  const selected = authenticationOption(authType)

  return (
    <FormSection
      title="Authentication"
      description="How the gateway authenticates to the Kafka cluster."
    >
      <Controller
        control={control}
        name="authType"
        render={({ field, fieldState }) => (
          <FormControl error={Boolean(fieldState.error)} fullWidth>
            <InputLabel id="auth-type-label">Authentication</InputLabel>
            <Select<AuthChoice>
              labelId="auth-type-label"
              id="auth-type"
              label="Authentication"
              value={field.value}
              onChange={(event) => field.onChange(event.target.value)}
              onBlur={field.onBlur}
              inputRef={field.ref}
              renderValue={(value) => authenticationOption(value).label}
              SelectDisplayProps={{ 'aria-describedby': 'auth-type-help' }}
            >
              {AUTHENTICATION_OPTIONS.map((option) => (
                <MenuItem
                  key={option.value}
                  value={option.value}
                  aria-label={option.label}
                  aria-describedby={`auth-option-${option.value}`}
                >
                  <ListItemText
                    primary={option.label}
                    secondary={
                      <span id={`auth-option-${option.value}`}>
                        {option.description} {option.mediation}
                      </span>
                    }
                  />
                </MenuItem>
              ))}
            </Select>
            <FormHelperText id="auth-type-help">
              {fieldState.error?.message ?? `${selected.description} ${selected.mediation}`}
            </FormHelperText>
          </FormControl>
        )}
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
