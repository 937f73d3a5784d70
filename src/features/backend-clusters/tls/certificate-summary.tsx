import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { FieldWarning } from '../../../components/field-warning'
import { formatDate } from '../../../components/time-format'
import { hasCertificateText } from './certificate-text'
import { parsePemCertificates } from './pem-certificates'

/** The CN of a distinguished name, which is how people name a certificate; the whole DN without one. */
function commonName(dn: string): string {
  return /(?:^|,\s*)CN=([^,]+)/.exec(dn)?.[1]?.trim() ?? dn
}

/** What a pasted PEM really holds, read in the browser: subject, issuer and validity of each certificate. */
export function CertificateSummary({ pem }: { pem: string }) {
  if (!hasCertificateText(pem)) return null
  const result = parsePemCertificates(pem)
  return (
    <Stack spacing={1} aria-live="polite">
      {result.problems.map((problem) => (
        <FieldWarning key={problem}>{PROBLEM_TEXT[problem]}</FieldWarning>
      ))}
      {result.certificates.map((cert, index) => (
        <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <VerifiedOutlined
            fontSize="small"
            color={cert.expired ? 'error' : 'success'}
            aria-hidden
            sx={{ mt: '2px' }}
          />
          <Typography variant="body2" component="div">
            <strong>{commonName(cert.subject)}</strong>
            <br />
            {cert.subject}
            <br />
            Issued by {cert.selfSigned ? 'itself (self-signed)' : commonName(cert.issuer)} · valid{' '}
            {formatDate(cert.notBefore)} – {formatDate(cert.notAfter)}
            {cert.expired ? (
              <Typography component="span" variant="body2" color="error">
                {' '}
                · expired
              </Typography>
            ) : null}
            {cert.notYetValid ? ' · not valid yet' : null}
          </Typography>
        </Stack>
      ))}
      {result.certificates.some((cert) => cert.expired) ? (
        <FieldWarning>An expired certificate will make TLS connections fail.</FieldWarning>
      ) : null}
    </Stack>
  )
}

const PROBLEM_TEXT = {
  'not-pem':
    'This is not a PEM certificate (-----BEGIN CERTIFICATE-----) or a ${vault…} reference.',
  malformed: 'A certificate block here could not be read; check that it was copied whole.',
  'private-key':
    'This looks like a private key. Never paste a key here: this field holds certificates.',
} as const
