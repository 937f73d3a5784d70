// API resource → form values, for editing and for "duplicate". Plaintext secrets are never returned by
// the API, so the form records that one is stored instead of showing a value.
import type { BackendCluster } from '../../../api/api-types'
import { defaultFormValues, TLS_VERSIONS } from './backend-cluster-form-values'
import type { AuthChoice, BackendClusterFormValues } from './backend-cluster-form-values'
import { NAME_MAX_LENGTH } from './general-field-rules'
import { isSecretReference } from './secret-reference'

function toAuthChoice(authentication: BackendCluster['authentication']): AuthChoice {
  if (authentication.type === 'anonymous') return 'anonymous'
  if (authentication.type === 'sasl_plain') return 'sasl_plain'
  return authentication.algorithm === 'sha512' ? 'sasl_scram_sha512' : 'sasl_scram_sha256'
}

export function toFormValues(cluster: BackendCluster): BackendClusterFormValues {
  const { authentication, tls } = cluster
  const credentials = authentication.type === 'anonymous' ? undefined : authentication
  // The spec calls the key required, but a plaintext key is never returned.
  const clientKey: string | undefined = tls.client_identity?.key
  return {
    ...defaultFormValues(),
    name: cluster.name,
    description: cluster.description ?? '',
    bootstrapServers: [...cluster.bootstrap_servers],
    authType: toAuthChoice(authentication),
    username: credentials?.username ?? '',
    password: credentials?.password ?? '',
    passwordStored: credentials !== undefined && credentials.password === undefined,
    allowAnonymousVirtualClusterAuth:
      cluster.insecure_allow_anonymous_virtual_cluster_auth ?? false,
    tlsEnabled: tls.enabled,
    tlsSkipVerify: tls.insecure_skip_verify ?? false,
    caBundle: tls.ca_bundle ?? '',
    tlsVersions: [...(tls.tls_versions ?? TLS_VERSIONS)],
    mtlsEnabled: tls.client_identity !== undefined,
    clientCertificate: tls.client_identity?.certificate ?? '',
    clientKey: clientKey ?? '',
    clientKeyStored: tls.client_identity !== undefined && clientKey === undefined,
    metadataUpdateIntervalSeconds:
      cluster.metadata_update_interval_seconds === undefined
        ? defaultFormValues().metadataUpdateIntervalSeconds
        : String(cluster.metadata_update_interval_seconds),
    labels: Object.entries(cluster.labels ?? {}).map(([key, value]) => ({ key, value })),
  }
}

/** A name not in `existingNames`: `name-copy`, `name-copy-2`, … shortened to fit the length limit. */
export function uniqueCopyName(name: string, existingNames: readonly string[]): string {
  const taken = new Set(existingNames.map((existing) => existing.toLowerCase()))
  for (let attempt = 1; ; attempt += 1) {
    const suffix = attempt === 1 ? '-copy' : `-copy-${attempt}`
    const room = NAME_MAX_LENGTH - Array.from(suffix).length
    // Cut by code point, then drop trailing separators so the result still matches the name pattern.
    const base = Array.from(name)
      .slice(0, room)
      .join('')
      .replace(/[^\p{L}\p{N}]+$/u, '')
    const candidate = `${base}${suffix}`
    if (!taken.has(candidate.toLowerCase())) return candidate
  }
}

/** Values for a new cluster copied from `cluster`; plaintext secrets must be entered again. */
export function toDuplicateFormValues(
  cluster: BackendCluster,
  existingNames: readonly string[],
): BackendClusterFormValues {
  const values = toFormValues(cluster)
  const keepReference = (value: string) => (isSecretReference(value) ? value : '')
  return {
    ...values,
    name: uniqueCopyName(cluster.name, existingNames),
    password: keepReference(values.password),
    passwordStored: false,
    clientKey: keepReference(values.clientKey),
    clientKeyStored: false,
  }
}
