// Konnect's `invalid_parameters` → errors on the form fields they belong to. API paths come dotted
// ("tls.client_identity.key") or with indexes ("bootstrap_servers[1]"); what can't be placed is
// returned as text for one alert.
import type { InvalidParameter } from '../../../api/api-types'
import type { BackendClusterFormValues } from './backend-cluster-form-values'
import { normalizeBootstrapServers } from './bootstrap-servers'

export type FormFieldPath =
  keyof BackendClusterFormValues | `labels.${number}.key` | `labels.${number}.value`

export interface MappedServerErrors {
  fieldErrors: { name: FormFieldPath; message: string }[]
  unmatched: string[]
}

/** API paths whose whole subtree belongs to one form field; the longest prefix wins. */
const FIELD_BY_API_PATH: readonly (readonly [string, keyof BackendClusterFormValues])[] = [
  ['tls.client_identity.certificate', 'clientCertificate'],
  ['tls.client_identity.key', 'clientKey'],
  ['tls.client_identity', 'mtlsEnabled'],
  ['tls.insecure_skip_verify', 'tlsSkipVerify'],
  ['tls.ca_bundle', 'caBundle'],
  ['tls.tls_versions', 'tlsVersions'],
  ['tls.enabled', 'tlsEnabled'],
  ['tls', 'tlsEnabled'],
  ['authentication.username', 'username'],
  ['authentication.password', 'password'],
  ['authentication', 'authType'],
  ['insecure_allow_anonymous_virtual_cluster_auth', 'allowAnonymousVirtualClusterAuth'],
  ['metadata_update_interval_seconds', 'metadataUpdateIntervalSeconds'],
  ['description', 'description'],
  ['name', 'name'],
]

/** "bootstrap_servers[1]" and "bootstrap_servers.1" both become ["bootstrap_servers", "1"]. */
function segmentsOf(field: string): string[] {
  return field
    .replace(/\[(?:'([^']*)'|"([^"]*)"|([^\]]*))\]/g, (_, single, double, bare) => {
      const inner = (single ?? double ?? bare ?? '') as string
      return `.${inner}`
    })
    .split('.')
    .filter((segment) => segment !== '')
}

function serverMessage(
  segments: string[],
  reason: string,
  values: BackendClusterFormValues,
): string {
  const index = Number(segments[1])
  const server = Number.isInteger(index)
    ? normalizeBootstrapServers(values.bootstrapServers)[index]
    : undefined
  return server === undefined ? reason : `${server} — ${reason}`
}

function labelPath(
  segments: string[],
  param: InvalidParameter,
  values: BackendClusterFormValues,
): FormFieldPath {
  const key = segments.slice(1).join('.')
  // A bare "labels" error can still name its key in the reason ("key 'kong-x' is reserved").
  const words = param.reason.split(/[^A-Za-z0-9._-]+/)
  const index = values.labels.findIndex((row) =>
    key === '' ? row.key !== '' && words.includes(row.key) : row.key === key,
  )
  if (index === -1) return 'labels'
  const aboutKey = param.rule === 'is_label' || /\bkey\b/i.test(param.reason)
  return aboutKey ? `labels.${index}.key` : `labels.${index}.value`
}

function fieldFor(param: InvalidParameter, values: BackendClusterFormValues) {
  const segments = segmentsOf(param.field)
  const [head] = segments
  if (head === 'bootstrap_servers') {
    return {
      name: 'bootstrapServers' as const,
      message: serverMessage(segments, param.reason, values),
    }
  }
  if (head === 'labels') return { name: labelPath(segments, param, values), message: param.reason }
  const path = segments.join('.')
  const match = FIELD_BY_API_PATH.find(
    ([apiPath]) => path === apiPath || path.startsWith(`${apiPath}.`),
  )
  return match ? { name: match[1], message: param.reason } : undefined
}

export function mapInvalidParameters(
  params: readonly InvalidParameter[],
  values: BackendClusterFormValues,
): MappedServerErrors {
  const mapped: MappedServerErrors = { fieldErrors: [], unmatched: [] }
  for (const param of params) {
    const fieldError = fieldFor(param, values)
    if (fieldError) mapped.fieldErrors.push(fieldError)
    else mapped.unmatched.push(param.field ? `${param.field}: ${param.reason}` : param.reason)
  }
  return mapped
}
