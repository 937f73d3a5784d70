import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useFormContext } from 'react-hook-form'
import { FormSelect } from '../../../../components/form/form-select'
import { FormTextField } from '../../../../components/form/form-text-field'
import {
  DEFAULT_JWKS_CACHE_EXPIRATION,
  DEFAULT_JWKS_TIMEOUT,
  type VirtualClusterFormValues,
} from '../virtual-cluster-form-values'
import { OAUTH_MEDIATION_OPTIONS } from './authentication-method-options'
import { AudiencesField } from './audiences-field'

function Subheading({ children }: { children: string }) {
  return (
    <Typography component="h4" variant="subtitle2">
      {children}
    </Typography>
  )
}

export function OauthBearerSettings({ index }: { index: number }) {
  const { control } = useFormContext<VirtualClusterFormValues>()
  const base = `authentication.${index}` as const
  return (
    <>
      <FormSelect
        control={control}
        name={`${base}.oauthMediation`}
        label="Mediation"
        options={OAUTH_MEDIATION_OPTIONS}
      />
      <Stack spacing={1.5}>
        <Subheading>Signing keys (JWKS)</Subheading>
        <FormTextField
          control={control}
          name={`${base}.jwksEndpoint`}
          label="JWKS endpoint"
          placeholder="https://login.example.com/.well-known/jwks.json"
          helperText="Where the gateway fetches the keys that sign the tokens."
          code
        />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <FormTextField
            control={control}
            name={`${base}.jwksTimeout`}
            label="JWKS timeout"
            placeholder={DEFAULT_JWKS_TIMEOUT}
            helperText={`A duration; ${DEFAULT_JWKS_TIMEOUT} when empty.`}
            code
          />
          <FormTextField
            control={control}
            name={`${base}.jwksCacheExpiration`}
            label="JWKS cache expiration"
            placeholder={DEFAULT_JWKS_CACHE_EXPIRATION}
            helperText={`How long fetched keys are kept; ${DEFAULT_JWKS_CACHE_EXPIRATION} when empty.`}
            code
          />
        </Stack>
      </Stack>
      <Stack spacing={1.5}>
        <Subheading>Token checks</Subheading>
        <FormTextField
          control={control}
          name={`${base}.issuer`}
          label="Issuer"
          helperText="The iss claim tokens must carry; any issuer when empty."
          code
        />
        <AudiencesField index={index} />
      </Stack>
      <Stack spacing={1.5}>
        <Subheading>Claims mapping</Subheading>
        <Typography variant="body2" color="text.secondary">
          For tokens that carry the subject and scope under other claims than sub and scope.
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
          <FormTextField
            control={control}
            name={`${base}.claimSub`}
            label="Subject claim"
            placeholder="sub"
            code
          />
          <FormTextField
            control={control}
            name={`${base}.claimScope`}
            label="Scope claim"
            placeholder="scope"
            code
          />
        </Stack>
      </Stack>
    </>
  )
}
