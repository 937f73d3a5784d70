import Alert from '@mui/material/Alert'
import Checkbox from '@mui/material/Checkbox'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormGroup from '@mui/material/FormGroup'
import FormHelperText from '@mui/material/FormHelperText'
import FormLabel from '@mui/material/FormLabel'
import Stack from '@mui/material/Stack'
import { useState } from 'react'
import { Controller, useFormContext, useWatch } from 'react-hook-form'
import {
  TLS_VERSION_LABELS,
  TLS_VERSIONS,
  type BackendClusterFormValues,
} from '../backend-cluster-form-values'
import { describeClientKey, encodeClientKey } from '../mapping/backend-cluster-request-mapper'
import { FileLoadButton } from './file-load-button'
import { FormFieldWarnings } from './form-field-warnings'
import { FormSection } from '../../../../components/form/form-section'
import { FormToggle } from '../../../../components/form/form-toggle'
import { MTLS_MIN_RUNTIME } from '../../../../api/runtime-version'
import { PemField } from './pem-field'
import { SecretField } from '../../../../components/form/secret-field'
import { TlsKeptSettings, useKeptTlsSettings } from './tls-kept-settings'

interface TlsSectionProps {
  mtlsSupported: boolean
  runtimeVersion: string
}

export function TlsSection({ mtlsSupported, runtimeVersion }: TlsSectionProps) {
  const { control, setValue, formState } = useFormContext<BackendClusterFormValues>()
  const tlsEnabled = useWatch({ control, name: 'tlsEnabled' })
  const mtlsEnabled = useWatch({ control, name: 'mtlsEnabled' })
  const [keyEncoded, setKeyEncoded] = useState(false)
  const kept = useKeptTlsSettings()
  const [showWhileOff, setShowWhileOff] = useState(false)
  const { errors } = formState
  // A problem in a hidden field must never be invisible.
  const hiddenError = Boolean(
    errors.caBundle ??
    errors.tlsVersions ??
    errors.mtlsEnabled ??
    errors.clientCertificate ??
    errors.clientKey,
  )
  const showSettings = tlsEnabled || showWhileOff || hiddenError

  const acceptKey = (text: string): string | null => {
    if (describeClientKey(text) !== 'pem') return null
    setKeyEncoded(true)
    return encodeClientKey(text)
  }

  return (
    <FormSection
      title="TLS"
      description="Encrypts the connection between the gateway and the Kafka brokers."
    >
      <FormToggle control={control} name="tlsEnabled" kind="switch" label="Enable TLS" />
      {!tlsEnabled && kept.length > 0 ? (
        <TlsKeptSettings kept={kept} shown={showSettings} onShow={() => setShowWhileOff(true)} />
      ) : null}
      {showSettings ? (
        <>
          <Stack spacing={0.5}>
            <FormToggle
              control={control}
              name="tlsSkipVerify"
              kind="checkbox"
              label="Skip certificate verification"
            />
            <FormFieldWarnings field="tlsSkipVerify" />
          </Stack>
          <PemField
            name="caBundle"
            label="CA bundle"
            fileNoun="CA bundle"
            helperText="PEM certificates that sign the brokers' certificates, or a reference. Leave empty to trust the gateway's system CAs."
          />
          <Controller
            control={control}
            name="tlsVersions"
            render={({ field, fieldState }) => (
              <FormControl component="fieldset" error={Boolean(fieldState.error)}>
                <FormLabel component="legend">TLS versions</FormLabel>
                <FormGroup row>
                  {TLS_VERSIONS.map((version, index) => (
                    <FormControlLabel
                      key={version}
                      label={TLS_VERSION_LABELS[version]}
                      control={
                        <Checkbox
                          checked={field.value.includes(version)}
                          slotProps={{ input: { ref: index === 0 ? field.ref : undefined } }}
                          onChange={(event) =>
                            field.onChange(
                              event.target.checked
                                ? TLS_VERSIONS.filter(
                                    (v) => v === version || field.value.includes(v),
                                  )
                                : field.value.filter((v) => v !== version),
                            )
                          }
                        />
                      }
                    />
                  ))}
                </FormGroup>
                <FormHelperText>
                  {fieldState.error?.message ?? 'Versions the gateway may negotiate.'}
                </FormHelperText>
              </FormControl>
            )}
          />
          <Stack spacing={2}>
            <FormToggle
              control={control}
              name="mtlsEnabled"
              kind="switch"
              label="Present a client certificate (mTLS)"
              disabled={!mtlsSupported && !mtlsEnabled}
              helperText={
                mtlsSupported
                  ? 'For brokers that require clients to prove who they are.'
                  : `Client certificates need Event Gateway runtime ${MTLS_MIN_RUNTIME} or later; this gateway runs ${runtimeVersion}.`
              }
            />
            {mtlsEnabled ? (
              <>
                <PemField
                  name="clientCertificate"
                  label="Client certificate"
                  fileNoun="client certificate"
                  required
                  disabled={!mtlsSupported}
                  helperText="The PEM certificate the gateway presents to the brokers, or a reference."
                />
                <SecretField
                  control={control}
                  name="clientKey"
                  storedName="clientKeyStored"
                  label="Client key"
                  subject="client key"
                  required
                  disabled={!mtlsSupported}
                  transformPaste={acceptKey}
                  helperText="Paste the PEM private key or its base64 form, or use a reference. Konnect encrypts it and never returns it."
                />
                <FileLoadButton
                  label="Load client key from a file"
                  accept=".pem,.key,.txt"
                  disabled={!mtlsSupported}
                  onLoad={(text) => {
                    const encoded = acceptKey(text) ?? text.trim()
                    setValue('clientKey', encoded, { shouldDirty: true, shouldValidate: true })
                  }}
                />
                {keyEncoded ? (
                  <Alert severity="info" variant="outlined">
                    The PEM key was encoded to base64, as Konnect requires for client keys.
                  </Alert>
                ) : null}
              </>
            ) : null}
          </Stack>
        </>
      ) : null}
    </FormSection>
  )
}
