import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { lazy, Suspense } from 'react'
import { Controller, useFormContext } from 'react-hook-form'
import { hasCertificateText } from '../../tls/certificate-text'
import { autoGrowTextarea } from '../../../../components/form/auto-grow-textarea'
import { textFieldProps } from '../../../../components/form/text-field-props'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'
import { FileLoadButton } from './file-load-button'

// The certificate reader loads once there is a certificate to read: a split point.
const CertificateSummary = lazy(() =>
  import('../../tls/certificate-summary').then((module) => ({
    default: module.CertificateSummary,
  })),
)

interface PemFieldProps {
  name: 'caBundle' | 'clientCertificate'
  label: string
  helperText: string
  required?: boolean
  /** How the file button names what it loads, e.g. "CA bundle". */
  fileNoun: string
  disabled?: boolean
}

/** A certificate field: paste PEM, load a file, or write a reference; the PEM is read back as a summary. */
export function PemField({ name, label, helperText, required, disabled, fileNoun }: PemFieldProps) {
  const { control, setValue } = useFormContext<BackendClusterFormValues>()
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Stack spacing={1}>
          <TextField
            {...textFieldProps(field)}
            label={label}
            disabled={disabled}
            {...autoGrowTextarea(3, 10, {
              spellCheck: false,
              'aria-required': required,
              style: { fontFamily: 'monospace', fontSize: 13 },
            })}
            placeholder="-----BEGIN CERTIFICATE-----"
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message ?? helperText}
          />
          <FileLoadButton
            label={`Load the ${fileNoun} from a file`}
            accept=".pem,.crt,.cer,.txt"
            disabled={disabled}
            onLoad={(text) =>
              setValue(name, text.trim(), { shouldDirty: true, shouldValidate: true })
            }
          />
          {disabled || !hasCertificateText(field.value) ? null : (
            <Suspense fallback={null}>
              <CertificateSummary pem={field.value} />
            </Suspense>
          )}
        </Stack>
      )}
    />
  )
}
