// Konnect's `invalid_parameters` → errors on the form fields they belong to. API paths come dotted
// ("tls.client_identity.key") or with indexes ("bootstrap_servers[1]"); what can't be placed is
// returned as text for one alert. Only fields whose control shows error text are targets: an error
// set on a control that shows none, or may sit hidden, would be invisible, yet count as placed, so
// no alert would show it.
import type { InvalidParameter } from '../../../../api/api-types'
import { labelErrorPath, segmentsOf } from '../../../../components/form/server-error-path'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'
import { normalizeBootstrapServers } from '../rules/bootstrap-servers'

/** The fields whose controls always show error text (the TLS toggles can sit hidden). */
type ErrorDisplayingField = keyof Pick<
  BackendClusterFormValues,
  | 'name'
  | 'description'
  | 'bootstrapServers'
  | 'authType'
  | 'username'
  | 'password'
  | 'allowAnonymousVirtualClusterAuth'
  | 'caBundle'
  | 'tlsVersions'
  | 'mtlsEnabled'
  | 'clientCertificate'
  | 'clientKey'
  | 'metadataUpdateIntervalSeconds'
  | 'labels'
>

export type FormFieldPath = ErrorDisplayingField | `labels.${number}.key` | `labels.${number}.value`

export interface MappedServerErrors {
  fieldErrors: { name: FormFieldPath; message: string }[]
  unmatched: string[]
}

/** API paths whose whole subtree belongs to one form field; the longest prefix wins. */
const FIELD_BY_API_PATH: readonly (readonly [string, ErrorDisplayingField])[] = [
  ['tls.client_identity.certificate', 'clientCertificate'],
  ['tls.client_identity.key', 'clientKey'],
  // The mTLS switch has helper text, which shows errors about the identity as a whole.
  ['tls.client_identity', 'mtlsEnabled'],
  ['tls.ca_bundle', 'caBundle'],
  ['tls.tls_versions', 'tlsVersions'],
  ['authentication.username', 'username'],
  ['authentication.password', 'password'],
  ['authentication', 'authType'],
  // Konnect refuses to turn it off while anonymous virtual clusters route to the cluster.
  ['insecure_allow_anonymous_virtual_cluster_auth', 'allowAnonymousVirtualClusterAuth'],
  ['metadata_update_interval_seconds', 'metadataUpdateIntervalSeconds'],
  ['description', 'description'],
  ['name', 'name'],
]

/** What the alert calls an API path no field displays, in the form's own wording. */
const LABEL_BY_API_PATH: readonly (readonly [string, string])[] = [
  ['tls.enabled', 'Enable TLS'],
  ['tls.insecure_skip_verify', 'Skip certificate verification'],
  ['tls', 'TLS'],
]

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

function byLongestPrefix<T>(table: readonly (readonly [string, T])[], path: string): T | undefined {
  let best: readonly [string, T] | undefined
  for (const entry of table) {
    const [apiPath] = entry
    const covers = path === apiPath || path.startsWith(`${apiPath}.`)
    if (covers && (best === undefined || apiPath.length > best[0].length)) best = entry
  }
  return best?.[1]
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
  if (head === 'labels') {
    return { name: labelErrorPath(segments, param, values.labels), message: param.reason }
  }
  const name = byLongestPrefix(FIELD_BY_API_PATH, segments.join('.'))
  return name === undefined ? undefined : { name, message: param.reason }
}

/**
 * "Enable TLS: must be a boolean". Only exact paths get a label, so "tls.extra: unknown property" keeps
 * the name of the property; a path the form has no words for is shown as sent.
 */
function unmatchedText(param: InvalidParameter): string {
  if (!param.field) return param.reason
  const path = segmentsOf(param.field).join('.')
  const label = LABEL_BY_API_PATH.find(([apiPath]) => apiPath === path)?.[1]
  return `${label ?? param.field}: ${param.reason}`
}

export function mapInvalidParameters(
  params: readonly InvalidParameter[],
  values: BackendClusterFormValues,
): MappedServerErrors {
  const mapped: MappedServerErrors = { fieldErrors: [], unmatched: [] }
  for (const param of params) {
    const fieldError = fieldFor(param, values)
    if (fieldError) mapped.fieldErrors.push(fieldError)
    else mapped.unmatched.push(unmatchedText(param))
  }
  return mapped
}
