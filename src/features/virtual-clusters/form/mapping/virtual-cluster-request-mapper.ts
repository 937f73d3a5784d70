// Form values → the request body Konnect expects. Key order follows the spec, so the preview, the
// tests and the wire show the same JSON; defaults the API applies anyway are left out. Edit sends a
// full replacement (PUT), so every value the form holds is sent, or the save would delete it; only a
// principal's stored password is left out, which keeps it.
import type {
  CreateVirtualClusterRequest,
  UpdateVirtualClusterRequest,
} from '../../../../api/api-types'
import { isBlankLabelRow } from '../../../../components/form/label-rules'
import type { components } from '../../../../api/schema'
import {
  DEFAULT_CONFLICT,
  DEFAULT_JWKS_CACHE_EXPIRATION,
  DEFAULT_JWKS_TIMEOUT,
} from '../virtual-cluster-form-values'
import type {
  AuthMethodValues,
  PrincipalValues,
  SelectorValues,
  TopicAliasValues,
  VirtualClusterFormValues,
} from '../virtual-cluster-form-values'
import { exactListNames } from '../rules/namespace-rules'

type Schemas = components['schemas']

/** What a form saves and the previews render: a create body or a full update (PUT) body. */
export type VirtualClusterRequestBody = CreateVirtualClusterRequest | UpdateVirtualClusterRequest

type Principal = Schemas['VirtualClusterAuthenticationPrincipalSensitiveDataAware']
type Namespace = Schemas['VirtualClusterNamespace']
type TopicSelector = Schemas['VirtualClusterNamespaceTopicSelector']
type IdSelector = Schemas['VirtualClusterNamespaceIdSelector']
type TopicAlias = Schemas['VirtualClusterTopicAlias']

/** How a principal is sent: always with its password (create), or keeping a stored one (edit). */
type PrincipalMapper<P> = (principal: PrincipalValues) => P

function createPrincipal(principal: PrincipalValues) {
  return { username: principal.username, password: principal.password }
}

/** A stored password the form did not replace is left out, so Konnect keeps it. */
function updatePrincipal(principal: PrincipalValues): Principal {
  return principal.passwordStored && principal.password === ''
    ? { username: principal.username }
    : { username: principal.username, password: principal.password }
}

/** The Kong Identity lookup of a SASL or client-certificate method: by a metadata key. */
function kongIdentity(method: AuthMethodValues): {
  fetch_kong_identity_principal?: Schemas['FetchKongIdentityPrincipal']
} {
  const { enabled, directory, fetchByKey, failureMode } = method.kongIdentity
  return enabled
    ? {
        fetch_kong_identity_principal: {
          directory,
          fetch_by: { key: fetchByKey },
          failure_mode: failureMode,
        },
      }
    : {}
}

/** OAuth bearer looks the principal up by the token's iss and sub: no key. */
function oauthKongIdentity(method: AuthMethodValues): {
  fetch_kong_identity_principal?: Schemas['FetchKongIdentityPrincipalOauthBearer']
} {
  const { enabled, directory, failureMode } = method.kongIdentity
  return enabled ? { fetch_kong_identity_principal: { directory, failure_mode: failureMode } } : {}
}

/** A duration as sent: trimmed, and left out when it is empty or the API's default. */
function duration(typed: string, fallback: string): string | undefined {
  const value = typed.trim()
  return value === '' || value === fallback ? undefined : value
}

/** The JWKS settings as sent: undefined when nothing but defaults is set. */
export function toJwks(
  method: AuthMethodValues,
): Schemas['VirtualClusterAuthenticationJWKS'] | undefined {
  const endpoint = method.jwksEndpoint.trim()
  const timeout = duration(method.jwksTimeout, DEFAULT_JWKS_TIMEOUT)
  const cacheExpiration = duration(method.jwksCacheExpiration, DEFAULT_JWKS_CACHE_EXPIRATION)
  if (endpoint === '' && timeout === undefined && cacheExpiration === undefined) return undefined
  return {
    endpoint,
    ...(timeout === undefined ? {} : { timeout }),
    ...(cacheExpiration === undefined ? {} : { cache_expiration: cacheExpiration }),
  }
}

/** The audiences as sent: trimmed, empty rows dropped (the rules ask to fill or remove them). */
function audienceNames(method: AuthMethodValues): string[] {
  return method.audiences.map(({ name }) => name.trim()).filter((name) => name !== '')
}

function oauthParts(method: AuthMethodValues) {
  const audiences = audienceNames(method)
  const claims = {
    ...(method.claimSub === '' ? {} : { sub: method.claimSub }),
    ...(method.claimScope === '' ? {} : { scope: method.claimScope }),
  }
  const jwks = toJwks(method)
  const validate = {
    ...(audiences.length === 0 ? {} : { audiences: audiences.map((name) => ({ name })) }),
    ...(method.issuer === '' ? {} : { issuer: method.issuer }),
  }
  return {
    ...(Object.keys(claims).length === 0 ? {} : { claims_mapping: claims }),
    ...(jwks === undefined ? {} : { jwks }),
    ...(Object.keys(validate).length === 0 ? {} : { validate }),
  }
}

function toMethod<P>(method: AuthMethodValues, principal: PrincipalMapper<P>) {
  switch (method.kind) {
    case 'anonymous':
      return { type: 'anonymous' as const }
    case 'sasl_plain':
      return {
        type: 'sasl_plain' as const,
        mediation: method.plainMediation,
        // Sent whatever the mediation, so a principal stored under passthrough is not lost.
        ...(method.principals.length === 0 ? {} : { principals: method.principals.map(principal) }),
        ...kongIdentity(method),
      }
    case 'sasl_scram':
      return {
        type: 'sasl_scram' as const,
        algorithm: method.scramAlgorithm,
        ...kongIdentity(method),
      }
    case 'oauth_bearer':
      return {
        type: 'oauth_bearer' as const,
        mediation: method.oauthMediation,
        ...oauthParts(method),
        ...oauthKongIdentity(method),
      }
    case 'client_certificate':
      return { type: 'client_certificate' as const, ...kongIdentity(method) }
  }
}

function conflict(mode: SelectorValues['conflict']) {
  return mode === DEFAULT_CONFLICT ? {} : { conflict: mode }
}

function toTopicSelector(selector: SelectorValues): TopicSelector {
  return selector.kind === 'glob'
    ? { type: 'glob', glob: selector.glob, ...conflict(selector.conflict) }
    : {
        type: 'exact_list',
        exact_list: exactListNames(selector.exactList).map((backend) => ({ backend })),
        ...conflict(selector.conflict),
      }
}

function toIdSelector(selector: SelectorValues): IdSelector {
  return selector.kind === 'glob'
    ? { type: 'glob', glob: selector.glob }
    : {
        type: 'exact_list',
        exact_list: exactListNames(selector.exactList).map((value) => ({ value })),
      }
}

function toNamespace(values: VirtualClusterFormValues): Namespace | undefined {
  if (!values.namespaceEnabled) return undefined
  const additional = {
    ...(values.namespaceTopics.length === 0
      ? {}
      : { topics: values.namespaceTopics.map(toTopicSelector) }),
    ...(values.namespaceConsumerGroups.length === 0
      ? {}
      : { consumer_groups: values.namespaceConsumerGroups.map(toIdSelector) }),
  }
  return {
    mode: values.namespaceMode,
    prefix: values.namespacePrefix,
    ...(Object.keys(additional).length === 0 ? {} : { additional }),
  }
}

function toTopicAlias(alias: TopicAliasValues): TopicAlias {
  return {
    alias: alias.alias,
    topic: alias.topic,
    ...(alias.condition === '' ? {} : { condition: alias.condition }),
    ...conflict(alias.conflict),
  }
}

function toLabels(values: VirtualClusterFormValues): Record<string, string> | undefined {
  const rows = values.labels.filter((row) => !isBlankLabelRow(row))
  // fromEntries defines own properties, so a key such as "__proto__" stays an ordinary label.
  return rows.length === 0 ? undefined : Object.fromEntries(rows.map((row) => [row.key, row.value]))
}

function toBody<P>(values: VirtualClusterFormValues, principal: PrincipalMapper<P>) {
  const namespace = toNamespace(values)
  const labels = toLabels(values)
  return {
    name: values.name.trim(),
    ...(values.description === '' ? {} : { description: values.description }),
    // The schema stops a save without one; the preview shows the gap as an empty id.
    destination: { id: values.destination?.id ?? '' },
    authentication: values.authentication.map((method) => toMethod(method, principal)),
    ...(namespace === undefined ? {} : { namespace }),
    ...(values.topicAliases.length === 0
      ? {}
      : { topic_aliases: values.topicAliases.map(toTopicAlias) }),
    acl_mode: values.aclMode,
    dns_label: values.dnsLabel.trim(),
    ...(labels === undefined ? {} : { labels }),
  }
}

/** The create body: every principal carries its password (the schema stops a save without one). */
export function toCreateRequest(values: VirtualClusterFormValues): CreateVirtualClusterRequest {
  return toBody(values, createPrincipal)
}

/** Like create, except a principal's stored password is left out when not replaced (kept). */
export function toUpdateRequest(values: VirtualClusterFormValues): UpdateVirtualClusterRequest {
  return toBody(values, updatePrincipal)
}

/** The body a save sends: POST on create, the full PUT replacement on edit. */
export function toRequestBody(
  mode: 'create' | 'edit',
  values: VirtualClusterFormValues,
): VirtualClusterRequestBody {
  return mode === 'create' ? toCreateRequest(values) : toUpdateRequest(values)
}
