// Konnect's `invalid_parameters` → errors on the form fields they belong to. Paths come Konnect-style
// (`authentication[1].principals[0].password`, `namespace.additional.topics[0].glob`); list indexes
// are the form's, since the form sends every method, principal, selector and alias it holds. What
// can't be placed is returned as text for one alert. Every target shows error text.
import type { FieldPath } from 'react-hook-form'
import type { InvalidParameter } from '../../../../api/api-types'
import { labelErrorPath, segmentsOf } from '../../../../components/form/server-error-path'
import { exactListNames } from '../rules/namespace-rules'
import type { AuthMethodValues, VirtualClusterFormValues } from '../virtual-cluster-form-values'

export type FormFieldPath = FieldPath<VirtualClusterFormValues>

export interface MappedServerErrors {
  fieldErrors: { name: FormFieldPath; message: string }[]
  unmatched: string[]
}

interface Placed {
  name: FormFieldPath
  message?: string
}

const TOP_LEVEL: Readonly<Record<string, FormFieldPath>> = {
  name: 'name',
  description: 'description',
  dns_label: 'dnsLabel',
  destination: 'destination',
  acl_mode: 'aclMode',
}

function indexIn(list: readonly unknown[], segment: string | undefined): number | undefined {
  const index = Number(segment)
  return segment !== undefined && Number.isInteger(index) && index >= 0 && index < list.length
    ? index
    : undefined
}

function oauthField(n: number, rest: readonly string[], method: AuthMethodValues): Placed {
  const base = `authentication.${n}` as const
  const [group, field, third] = rest
  if (group === 'jwks') {
    if (field === 'timeout') return { name: `${base}.jwksTimeout` }
    if (field === 'cache_expiration') return { name: `${base}.jwksCacheExpiration` }
    return { name: `${base}.jwksEndpoint` }
  }
  if (group === 'claims_mapping') {
    return { name: field === 'scope' ? `${base}.claimScope` : `${base}.claimSub` }
  }
  // validate, validate.issuer, validate.audiences, validate.audiences[k](.name)
  if (field === 'audiences') {
    const k = indexIn(method.audiences, third)
    return { name: k === undefined ? `${base}.audiences` : `${base}.audiences.${k}.name` }
  }
  return { name: `${base}.issuer` }
}

function kongIdentityField(n: number, rest: readonly string[]): Placed {
  const base = `authentication.${n}.kongIdentity` as const
  switch (rest[0]) {
    case 'directory':
      return { name: `${base}.directory` }
    case 'fetch_by':
      return { name: `${base}.fetchByKey` }
    case 'failure_mode':
      return { name: `${base}.failureMode` }
    default:
      return { name: `${base}.enabled` }
  }
}

function authenticationField(
  segments: readonly string[],
  param: InvalidParameter,
  values: VirtualClusterFormValues,
): Placed {
  const n = indexIn(values.authentication, segments[1])
  const method = n === undefined ? undefined : values.authentication[n]
  if (n === undefined || method === undefined) {
    // "anonymous authentication needs a backend cluster that allows it": on the anonymous card.
    const anonymous = values.authentication.findIndex((entry) => entry.kind === 'anonymous')
    return anonymous !== -1 && /anonymous/i.test(param.reason)
      ? { name: `authentication.${anonymous}.kind` }
      : { name: 'authentication' }
  }
  const base = `authentication.${n}` as const
  const [field, ...rest] = segments.slice(2)
  switch (field) {
    case 'mediation':
      return {
        name: method.kind === 'oauth_bearer' ? `${base}.oauthMediation` : `${base}.plainMediation`,
      }
    case 'algorithm':
      return { name: `${base}.scramAlgorithm` }
    case 'principals': {
      const m = indexIn(method.principals, rest[0])
      if (m === undefined) return { name: `${base}.principals` }
      return { name: `${base}.principals.${m}.${rest[1] === 'password' ? 'password' : 'username'}` }
    }
    case 'jwks':
    case 'validate':
    case 'claims_mapping':
      return oauthField(n, [field, ...rest], method)
    case 'fetch_kong_identity_principal':
      return kongIdentityField(n, rest)
    default:
      return { name: `${base}.kind` }
  }
}

function selectorField(
  list: 'namespaceTopics' | 'namespaceConsumerGroups',
  rest: readonly string[],
  param: InvalidParameter,
  values: VirtualClusterFormValues,
): Placed {
  const selectors = values[list]
  const k = indexIn(selectors, rest[0])
  const selector = k === undefined ? undefined : selectors[k]
  if (k === undefined || selector === undefined) return { name: list }
  const base = `${list}.${k}` as const
  switch (rest[1]) {
    case 'glob':
      return { name: `${base}.glob` }
    case 'conflict':
      return { name: `${base}.conflict` }
    case 'exact_list': {
      // Name the entry: the list is one text field.
      const entry = exactListNames(selector.exactList)[Number(rest[2])]
      return {
        name: `${base}.exactList`,
        message: entry === undefined ? param.reason : `${entry} — ${param.reason}`,
      }
    }
    default:
      return { name: selector.kind === 'glob' ? `${base}.glob` : `${base}.exactList` }
  }
}

function namespaceField(
  segments: readonly string[],
  param: InvalidParameter,
  values: VirtualClusterFormValues,
): Placed {
  const [, field, group, ...rest] = segments
  if (field === 'mode') return { name: 'namespaceMode' }
  if (field === 'prefix') return { name: 'namespacePrefix' }
  if (field === 'additional' && group === 'topics') {
    return selectorField('namespaceTopics', rest, param, values)
  }
  if (field === 'additional' && group === 'consumer_groups') {
    return selectorField('namespaceConsumerGroups', rest, param, values)
  }
  return { name: 'namespaceEnabled' }
}

function topicAliasField(segments: readonly string[], values: VirtualClusterFormValues): Placed {
  const k = indexIn(values.topicAliases, segments[1])
  if (k === undefined) return { name: 'topicAliases' }
  switch (segments[2]) {
    case 'topic':
      return { name: `topicAliases.${k}.topic` }
    case 'condition':
      return { name: `topicAliases.${k}.condition` }
    case 'conflict':
      return { name: `topicAliases.${k}.conflict` }
    default:
      return { name: `topicAliases.${k}.alias` }
  }
}

function fieldFor(param: InvalidParameter, values: VirtualClusterFormValues): Placed | undefined {
  const segments = segmentsOf(param.field)
  const [head] = segments
  if (head === undefined) return undefined
  const topLevel = TOP_LEVEL[head]
  if (topLevel !== undefined) return { name: topLevel }
  switch (head) {
    case 'authentication':
      return authenticationField(segments, param, values)
    case 'namespace':
      return namespaceField(segments, param, values)
    case 'topic_aliases':
      return topicAliasField(segments, values)
    case 'labels':
      return { name: labelErrorPath(segments, param, values.labels) }
    default:
      return undefined
  }
}

export function mapInvalidParameters(
  params: readonly InvalidParameter[],
  values: VirtualClusterFormValues,
): MappedServerErrors {
  const mapped: MappedServerErrors = { fieldErrors: [], unmatched: [] }
  for (const param of params) {
    const placed = fieldFor(param, values)
    if (placed)
      mapped.fieldErrors.push({ name: placed.name, message: placed.message ?? param.reason })
    else mapped.unmatched.push(param.field ? `${param.field}: ${param.reason}` : param.reason)
  }
  return mapped
}
