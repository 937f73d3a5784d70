import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import { useFormContext, useWatch } from 'react-hook-form'
import { TLS_VERSIONS, type BackendClusterFormValues } from '../backend-cluster-form-values'

/** TLS settings that hold a value while TLS is off: they are saved (nothing is lost) but unused. */
export function useKeptTlsSettings(): string[] {
  const { control } = useFormContext<BackendClusterFormValues>()
  const [skipVerify, caBundle, versions, mtls] = useWatch({
    control,
    name: ['tlsSkipVerify', 'caBundle', 'tlsVersions', 'mtlsEnabled'],
  })
  const kept: string[] = []
  if (skipVerify) kept.push('skip certificate verification')
  if (caBundle.trim()) kept.push('CA bundle')
  if (versions.length > 0 && versions.length < TLS_VERSIONS.length) kept.push('TLS versions')
  if (mtls) kept.push('client certificate and key')
  return kept
}

interface TlsKeptSettingsProps {
  kept: string[]
  shown: boolean
  onShow: () => void
}

/** Says what TLS settings are kept while TLS is off, and lets the operator see or clear them. */
export function TlsKeptSettings({ kept, shown, onShow }: TlsKeptSettingsProps) {
  const { setValue } = useFormContext<BackendClusterFormValues>()
  const clear = () => {
    const options = { shouldDirty: true, shouldValidate: true }
    setValue('tlsSkipVerify', false, options)
    setValue('caBundle', '', options)
    setValue('tlsVersions', [...TLS_VERSIONS], options)
    setValue('mtlsEnabled', false, options)
    setValue('clientCertificate', '', options)
    setValue('clientKey', '', options)
  }
  return (
    <Alert
      severity="info"
      variant="outlined"
      action={
        <Stack direction="row" spacing={0.5}>
          {shown ? null : (
            <Button color="inherit" size="small" onClick={onShow} sx={{ whiteSpace: 'nowrap' }}>
              Show them
            </Button>
          )}
          <Button color="inherit" size="small" onClick={clear} sx={{ whiteSpace: 'nowrap' }}>
            Clear them
          </Button>
        </Stack>
      }
    >
      TLS is off, so these settings are kept but not used: {kept.join(', ')}.
    </Alert>
  )
}
