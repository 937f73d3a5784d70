import Stack from '@mui/material/Stack'
import { useFormContext, useWatch } from 'react-hook-form'
import { FormSelect } from '../../../../components/form/form-select'
import { FormTextField } from '../../../../components/form/form-text-field'
import { FormToggle } from '../../../../components/form/form-toggle'
import {
  KONG_IDENTITY_MIN_RUNTIME,
  runtimeReason,
  type RuntimeSupport,
} from '../virtual-cluster-runtime'
import type { AuthMethodKind, VirtualClusterFormValues } from '../virtual-cluster-form-values'
import { FAILURE_MODE_OPTIONS } from './authentication-method-options'

interface KongIdentitySettingsProps {
  index: number
  kind: Exclude<AuthMethodKind, 'anonymous'>
  runtime: RuntimeSupport
}

/** After a client authenticates, fetch its principal's metadata from Kong Identity (runtime 1.2). */
export function KongIdentitySettings({ index, kind, runtime }: KongIdentitySettingsProps) {
  const { control } = useFormContext<VirtualClusterFormValues>()
  const base = `authentication.${index}.kongIdentity` as const
  const enabled = useWatch({ control, name: `${base}.enabled` })
  return (
    <Stack spacing={2}>
      <FormToggle
        control={control}
        name={`${base}.enabled`}
        kind="switch"
        label="Look up the principal in Kong Identity"
        // Off and unavailable: cannot be switched on. On (kept from elsewhere): can be switched off.
        disabled={!runtime.kongIdentity && !enabled}
        helperText={
          runtime.kongIdentity
            ? kind === 'oauth_bearer'
              ? "Fetches the principal's metadata by the token's iss and sub claims."
              : "Fetches the principal's metadata by a key matched against the authenticated identity."
            : runtimeReason('Kong Identity lookups', KONG_IDENTITY_MIN_RUNTIME, runtime.version)
        }
      />
      {enabled ? (
        <Stack spacing={2} sx={{ pl: { sm: 2 } }}>
          <FormTextField
            control={control}
            name={`${base}.directory`}
            label="Kong Identity directory"
            required
            code
          />
          {kind === 'oauth_bearer' ? null : (
            <FormTextField
              control={control}
              name={`${base}.fetchByKey`}
              label="Metadata key"
              required
              code
              helperText={
                kind === 'client_certificate'
                  ? "Matched against the principal the listener's TLS policy maps from the certificate."
                  : 'Matched against the username.'
              }
            />
          )}
          <FormSelect
            control={control}
            name={`${base}.failureMode`}
            label="If the lookup fails"
            options={FAILURE_MODE_OPTIONS}
          />
        </Stack>
      ) : null}
    </Stack>
  )
}
