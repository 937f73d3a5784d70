// Form values → the request body Konnect expects. Key order is fixed so the preview, the tests and the
// wire show the same JSON; defaults the API applies anyway are left out. Edit sends a full replacement
// (PUT), so every value the form holds is sent, or the save would delete it.
import type {
  BackendClusterTls,
  CreateBackendClusterRequest,
  UpdateBackendClusterRequest,
} from '../../../../api/api-types'
import {
  DEFAULT_METADATA_UPDATE_INTERVAL_SECONDS,
  TLS_VERSIONS,
} from '../backend-cluster-form-values'
import type { BackendClusterFormValues, TlsVersion } from '../backend-cluster-form-values'
import { normalizeBootstrapServers } from '../rules/bootstrap-servers'
import { encodeClientKey } from './client-key-encoding'
import { parseIntervalSeconds } from '../rules/interval-rules'
import { isBlankLabelRow } from '../../../../components/form/label-rules'

export { describeClientKey, encodeClientKey } from './client-key-encoding'
export type { ClientKeyKind } from './client-key-encoding'

/** What a form saves and the previews render: a create body or a full update (PUT) body. */
export type BackendClusterRequestBody = CreateBackendClusterRequest | UpdateBackendClusterRequest
export type SaveBody = BackendClusterRequestBody

type CreateAuthentication = CreateBackendClusterRequest['authentication']
type UpdateAuthentication = UpdateBackendClusterRequest['authentication']

function toAuthentication(values: BackendClusterFormValues): CreateAuthentication {
  // Sent as typed: the schema flags a padded username rather than letting a save change it.
  const credentials = { username: values.username, password: values.password }
  switch (values.authType) {
    case 'anonymous':
      return { type: 'anonymous' }
    case 'sasl_plain':
      return { type: 'sasl_plain', ...credentials }
    case 'sasl_scram_sha256':
      return { type: 'sasl_scram', algorithm: 'sha256', ...credentials }
    case 'sasl_scram_sha512':
      return { type: 'sasl_scram', algorithm: 'sha512', ...credentials }
  }
}

function withoutPassword(authentication: CreateAuthentication): UpdateAuthentication {
  if (authentication.type === 'anonymous') return authentication
  const kept: Exclude<UpdateAuthentication, { type: 'anonymous' }> = { ...authentication }
  delete kept.password
  return kept
}

/**
 * Selected versions in canonical order, or undefined when they are the API default (all of them) or
 * when nothing is selected while TLS is off (nothing to keep). With TLS on an empty choice is sent as
 * is; the schema stops it before it leaves.
 */
function toTlsVersions(values: BackendClusterFormValues): TlsVersion[] | undefined {
  const versions = TLS_VERSIONS.filter((version) => values.tlsVersions.includes(version))
  if (versions.length === TLS_VERSIONS.length) return undefined
  return versions.length === 0 && !values.tlsEnabled ? undefined : versions
}

/**
 * The sub-fields go out whenever they hold a value, whatever `tlsEnabled` says: `enabled: false`
 * already tells the gateway not to use them, and leaving them out of a PUT would delete the stored CA
 * bundle, versions and client identity (with its key) of a cluster whose TLS is merely switched off.
 */
function toTls(values: BackendClusterFormValues): BackendClusterTls {
  const tls: BackendClusterTls = {
    enabled: values.tlsEnabled,
    insecure_skip_verify: values.tlsSkipVerify,
  }
  if (values.caBundle !== '') tls.ca_bundle = values.caBundle
  const versions = toTlsVersions(values)
  if (versions) tls.tls_versions = versions
  if (values.mtlsEnabled) {
    tls.client_identity = {
      certificate: values.clientCertificate,
      key: encodeClientKey(values.clientKey),
    }
  }
  return tls
}

function toLabels(values: BackendClusterFormValues): Record<string, string> | undefined {
  const rows = values.labels.filter((row) => !isBlankLabelRow(row))
  // fromEntries defines own properties, so a key such as "__proto__" stays an ordinary label.
  return rows.length === 0 ? undefined : Object.fromEntries(rows.map((row) => [row.key, row.value]))
}

function toBody<Authentication>(values: BackendClusterFormValues, authentication: Authentication) {
  const interval = parseIntervalSeconds(values.metadataUpdateIntervalSeconds)
  const labels = toLabels(values)
  return {
    name: values.name.trim(),
    ...(values.description === '' ? {} : { description: values.description }),
    bootstrap_servers: normalizeBootstrapServers(values.bootstrapServers),
    authentication,
    insecure_allow_anonymous_virtual_cluster_auth: values.allowAnonymousVirtualClusterAuth,
    tls: toTls(values),
    ...(interval === undefined || interval === DEFAULT_METADATA_UPDATE_INTERVAL_SECONDS
      ? {}
      : { metadata_update_interval_seconds: interval }),
    ...(labels === undefined ? {} : { labels }),
  }
}

export function toCreateRequest(values: BackendClusterFormValues): CreateBackendClusterRequest {
  return toBody(values, toAuthentication(values))
}

/** Like create, except an empty password box over a stored password leaves the password out (kept). */
export function toUpdateRequest(values: BackendClusterFormValues): UpdateBackendClusterRequest {
  const authentication = toAuthentication(values)
  const keepStoredPassword = values.passwordStored && values.password === ''
  return toBody(values, keepStoredPassword ? withoutPassword(authentication) : authentication)
}

/** The body a save sends: POST on create, the full PUT replacement on edit. */
export function toRequestBody(mode: 'create' | 'edit', values: BackendClusterFormValues): SaveBody {
  return mode === 'create' ? toCreateRequest(values) : toUpdateRequest(values)
}
