import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { BackendCluster } from '../../../api/api-types'
import { FieldWarning } from '../../../components/field-warning'
import { authenticationLabel } from '../authentication-label'
import { FormSection } from '../../../components/form/form-section'
import {
  DEFAULT_METADATA_UPDATE_INTERVAL_SECONDS,
  TLS_VERSION_LABELS,
  TLS_VERSIONS,
} from '../form/backend-cluster-form-values'
import { describeIntervalInSeconds } from '../form/fields/interval-hint'
import { CertificateSummary } from '../tls/certificate-summary'
import { DetailList, type DetailItem } from '../../../components/detail/detail-list'
import { SecretValue } from '../../../components/detail/secret-value'

function Mono({ children }: { children: string }) {
  return (
    <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
      {children}
    </Typography>
  )
}

function Pem({ value }: { value: string }) {
  return (
    <Stack spacing={1}>
      <CertificateSummary pem={value} />
      {value.trim().startsWith('-----BEGIN') ? null : <Mono>{value}</Mono>}
    </Stack>
  )
}

/** The cluster's settings in the form's sections, read-only; secrets never shown. */
export function BackendClusterSections({ cluster }: { cluster: BackendCluster }) {
  const { authentication: auth, tls } = cluster
  const interval =
    cluster.metadata_update_interval_seconds ?? DEFAULT_METADATA_UPDATE_INTERVAL_SECONDS
  const labels = Object.entries(cluster.labels ?? {})
  const identity = tls.client_identity
  const key: string | undefined = identity?.key

  const authItems: DetailItem[] = [{ label: 'Method', value: authenticationLabel(auth) }]
  if (auth.type !== 'anonymous') {
    authItems.push(
      { label: 'Username', value: <Mono>{auth.username}</Mono> },
      { label: 'Password', value: <SecretValue value={auth.password} /> },
    )
  }
  authItems.push({
    label: 'Anonymous virtual clusters',
    value: cluster.insecure_allow_anonymous_virtual_cluster_auth ? (
      <FieldWarning>Allowed — not recommended for production</FieldWarning>
    ) : (
      'Not allowed'
    ),
  })

  const tlsItems: DetailItem[] = [{ label: 'TLS', value: tls.enabled ? 'Enabled' : 'Disabled' }]
  if (tls.enabled) {
    tlsItems.push(
      {
        label: 'Certificate verification',
        value: tls.insecure_skip_verify ? (
          <FieldWarning>Skipped — any certificate is accepted</FieldWarning>
        ) : (
          'On'
        ),
      },
      {
        label: 'CA bundle',
        value: tls.ca_bundle ? <Pem value={tls.ca_bundle} /> : "Gateway's system CAs",
      },
      {
        label: 'TLS versions',
        value: (tls.tls_versions ?? TLS_VERSIONS)
          .map((version) => TLS_VERSION_LABELS[version])
          .join(', '),
      },
      {
        label: 'Client certificate (mTLS)',
        value: identity ? <Pem value={identity.certificate} /> : 'None',
      },
    )
    if (identity) tlsItems.push({ label: 'Client key', value: <SecretValue value={key} /> })
  }

  return (
    <Stack spacing={3}>
      <FormSection title="General">
        <DetailList
          items={[
            { label: 'Name', value: cluster.name },
            { label: 'Description', value: cluster.description || '—' },
            {
              label: 'Bootstrap servers',
              value: (
                <Stack component="span" spacing={0.25}>
                  {cluster.bootstrap_servers.map((server) => (
                    <Mono key={server}>{server}</Mono>
                  ))}
                </Stack>
              ),
            },
          ]}
        />
      </FormSection>
      <FormSection title="Authentication">
        <DetailList items={authItems} />
      </FormSection>
      <FormSection title="TLS">
        <DetailList items={tlsItems} />
      </FormSection>
      <FormSection title="Advanced">
        <DetailList
          items={[
            {
              label: 'Metadata update interval',
              value: describeIntervalInSeconds(interval),
            },
            {
              label: 'Labels',
              value:
                labels.length === 0 ? (
                  'None'
                ) : (
                  <Stack component="span" direction="row" sx={{ flexWrap: 'wrap', gap: 0.75 }}>
                    {labels.map(([labelKey, value]) => (
                      <Chip key={labelKey} size="small" label={`${labelKey}: ${value}`} />
                    ))}
                  </Stack>
                ),
            },
          ]}
        />
      </FormSection>
    </Stack>
  )
}
