// API resource → form values, for editing and for "duplicate". Plaintext secrets are never returned by
// the API, so the form records that one is stored instead of showing a value.
import type { BackendCluster } from '../../../../api/api-types'
import { isSecretReference } from '../../../../api/secret-reference'
import { defaultFormValues, TLS_VERSIONS } from '../backend-cluster-form-values'
import type { AuthChoice, BackendClusterFormValues } from '../backend-cluster-form-values'
import { uniqueCopyName } from '../../../../components/form/unique-copy-name'

function toAuthChoice(authentication: BackendCluster['authentication']): AuthChoice {
  if (authentication.type === 'anonymous') return 'anonymous'
  if (authentication.type === 'sasl_plain') return 'sasl_plain'
  return authentication.algorithm === 'sha512' ? 'sasl_scram_sha512' : 'sasl_scram_sha256'
}

/** A secret value the form may show: a reference. Anything else stays out of the form. */
function shownSecret(value: string | undefined): string {
  return value !== undefined && isSecretReference(value) ? value : ''
}

/**
 * Which plaintext secrets Konnect keeps for `cluster` without returning them. A value that is not a
 * reference counts as hidden too: an API that wrongly returned a plaintext secret must not get it
 * into a form, a preview or a screenshot.
 */
export function hasHiddenSecrets(cluster: BackendCluster): {
  password: boolean
  clientKey: boolean
} {
  const { authentication } = cluster
  const password: string | undefined =
    authentication.type === 'anonymous' ? undefined : authentication.password
  // The spec calls the key required, but a plaintext key is never returned.
  const identity: { key?: string } | undefined = cluster.tls.client_identity
  return {
    password: authentication.type !== 'anonymous' && shownSecret(password) === '',
    clientKey: identity !== undefined && shownSecret(identity.key) === '',
  }
}

export function toFormValues(cluster: BackendCluster): BackendClusterFormValues {
  const { authentication, tls } = cluster
  const credentials = authentication.type === 'anonymous' ? undefined : authentication
  const hidden = hasHiddenSecrets(cluster)
  return {
    ...defaultFormValues(),
    name: cluster.name,
    description: cluster.description ?? '',
    bootstrapServers: [...cluster.bootstrap_servers],
    authType: toAuthChoice(authentication),
    username: credentials?.username ?? '',
    password: shownSecret(credentials?.password),
    passwordStored: hidden.password,
    allowAnonymousVirtualClusterAuth:
      cluster.insecure_allow_anonymous_virtual_cluster_auth ?? false,
    tlsEnabled: tls.enabled,
    tlsSkipVerify: tls.insecure_skip_verify ?? false,
    caBundle: tls.ca_bundle ?? '',
    tlsVersions: [...(tls.tls_versions ?? TLS_VERSIONS)],
    mtlsEnabled: tls.client_identity !== undefined,
    clientCertificate: tls.client_identity?.certificate ?? '',
    clientKey: shownSecret(tls.client_identity?.key),
    clientKeyStored: hidden.clientKey,
    metadataUpdateIntervalSeconds:
      cluster.metadata_update_interval_seconds === undefined
        ? defaultFormValues().metadataUpdateIntervalSeconds
        : String(cluster.metadata_update_interval_seconds),
    labels: Object.entries(cluster.labels ?? {}).map(([key, value]) => ({ key, value })),
  }
}

/** Values for a new cluster copied from `cluster`; plaintext secrets must be entered again. */
export function toDuplicateFormValues(
  cluster: BackendCluster,
  existingNames: readonly string[],
): BackendClusterFormValues {
  // toFormValues already keeps only references; a copy has no stored secrets to fall back on.
  return {
    ...toFormValues(cluster),
    name: uniqueCopyName(cluster.name, existingNames),
    passwordStored: false,
    clientKeyStored: false,
  }
}
