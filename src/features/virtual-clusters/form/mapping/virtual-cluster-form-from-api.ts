// API resource → form values, for editing and for "duplicate". Plaintext principal passwords are
// never returned, so the form records that one is stored instead of showing a value.
import type { VirtualCluster, VirtualClusterAuthentication } from '../../../../api/api-types'
import { isSecretReference } from '../../../../api/secret-reference'
import type { components } from '../../../../api/schema'
import { defaultFormValues, newAuthMethod, newSelector } from '../virtual-cluster-form-values'
import type {
  AuthMethodValues,
  KongIdentityValues,
  PrincipalValues,
  SelectorValues,
  VirtualClusterFormValues,
} from '../virtual-cluster-form-values'

type Schemas = components['schemas']
type Additional = NonNullable<Schemas['VirtualClusterNamespace']['additional']>

/** A password the form may show: a reference. Anything else stays out of the form. */
function shownSecret(value: string | undefined): string {
  return value !== undefined && isSecretReference(value) ? value : ''
}

/**
 * A principal whose password Konnect keeps without returning it. A value that is not a reference
 * counts as hidden too: an API that wrongly returned a plaintext password must not get it into a
 * form, a preview or a screenshot.
 */
function isPasswordHidden(principal: { password?: string }): boolean {
  return shownSecret(principal.password) === ''
}

function toPrincipal(
  principal: { username: string; password?: string },
  plainRank: number,
): PrincipalValues {
  const stored = isPasswordHidden(principal)
  return {
    username: principal.username,
    password: shownSecret(principal.password),
    passwordStored: stored,
    storedFor: stored ? { username: principal.username, plainRank } : null,
  }
}

function toKongIdentity(
  lookup:
    { directory: string; fetch_by?: { key: string }; failure_mode: 'error' | 'ignore' } | undefined,
  fallback: KongIdentityValues,
): KongIdentityValues {
  return lookup === undefined
    ? fallback
    : {
        enabled: true,
        directory: lookup.directory,
        fetchByKey: lookup.fetch_by?.key ?? '',
        failureMode: lookup.failure_mode,
      }
}

/** `plainRank`: how many SASL/PLAIN methods come before this one. */
function toMethod(method: VirtualClusterAuthentication, plainRank: number): AuthMethodValues {
  const values = newAuthMethod(method.type)
  switch (method.type) {
    case 'anonymous':
      return values
    case 'sasl_plain':
      return {
        ...values,
        plainMediation: method.mediation,
        principals: (method.principals ?? []).map((principal) => toPrincipal(principal, plainRank)),
        kongIdentity: toKongIdentity(method.fetch_kong_identity_principal, values.kongIdentity),
      }
    case 'sasl_scram':
      return {
        ...values,
        scramAlgorithm: method.algorithm,
        kongIdentity: toKongIdentity(method.fetch_kong_identity_principal, values.kongIdentity),
      }
    case 'oauth_bearer':
      return {
        ...values,
        oauthMediation: method.mediation,
        jwksEndpoint: method.jwks?.endpoint ?? '',
        jwksTimeout: method.jwks?.timeout ?? '',
        jwksCacheExpiration: method.jwks?.cache_expiration ?? '',
        issuer: method.validate?.issuer ?? '',
        audiences: (method.validate?.audiences ?? []).map(({ name }) => ({ name })),
        claimSub: method.claims_mapping?.sub ?? '',
        claimScope: method.claims_mapping?.scope ?? '',
        kongIdentity: toKongIdentity(method.fetch_kong_identity_principal, values.kongIdentity),
      }
    case 'client_certificate':
      return {
        ...values,
        kongIdentity: toKongIdentity(method.fetch_kong_identity_principal, values.kongIdentity),
      }
  }
}

function toTopicSelector(selector: NonNullable<Additional['topics']>[number]): SelectorValues {
  const conflict = selector.conflict ?? newSelector().conflict
  return selector.type === 'glob'
    ? { ...newSelector(), kind: 'glob', glob: selector.glob, conflict }
    : {
        ...newSelector(),
        kind: 'exact_list',
        exactList: (selector.exact_list ?? []).map(({ backend }) => backend).join('\n'),
        conflict,
      }
}

function toIdSelector(
  selector: NonNullable<Additional['consumer_groups']>[number],
): SelectorValues {
  return selector.type === 'glob'
    ? { ...newSelector(), kind: 'glob', glob: selector.glob }
    : {
        ...newSelector(),
        kind: 'exact_list',
        exactList: (selector.exact_list ?? []).map(({ value }) => value).join('\n'),
      }
}

/** Whether Konnect keeps principal passwords of `virtualCluster` that it never returns. */
export function hasHiddenPasswords(virtualCluster: VirtualCluster): boolean {
  return virtualCluster.authentication.some(
    (method) => method.type === 'sasl_plain' && (method.principals ?? []).some(isPasswordHidden),
  )
}

/**
 * Per SASL/PLAIN method in order, the usernames whose password Konnect keeps (every principal it
 * stores has one): a PUT may leave exactly those passwords out (FormContext.storedPrincipals).
 */
export function storedPrincipalUsernames(virtualCluster: VirtualCluster): string[][] {
  return virtualCluster.authentication.flatMap((method) =>
    method.type === 'sasl_plain' ? [(method.principals ?? []).map((p) => p.username)] : [],
  )
}

export function toFormValues(virtualCluster: VirtualCluster): VirtualClusterFormValues {
  const { namespace } = virtualCluster
  const defaults = defaultFormValues()
  return {
    ...defaults,
    name: virtualCluster.name,
    description: virtualCluster.description ?? '',
    dnsLabel: virtualCluster.dns_label,
    destination: { id: virtualCluster.destination.id, name: virtualCluster.destination.name },
    authentication: virtualCluster.authentication.map((method, index) =>
      toMethod(
        method,
        virtualCluster.authentication.slice(0, index).filter((m) => m.type === 'sasl_plain').length,
      ),
    ),
    aclMode: virtualCluster.acl_mode,
    namespaceEnabled: namespace !== undefined,
    namespaceMode: namespace?.mode ?? defaults.namespaceMode,
    namespacePrefix: namespace?.prefix ?? '',
    namespaceTopics: (namespace?.additional?.topics ?? []).map(toTopicSelector),
    namespaceConsumerGroups: (namespace?.additional?.consumer_groups ?? []).map(toIdSelector),
    topicAliases: (virtualCluster.topic_aliases ?? []).map((alias) => ({
      alias: alias.alias,
      topic: alias.topic,
      condition: alias.condition ?? '',
      conflict: alias.conflict ?? 'warn',
    })),
    labels: Object.entries(virtualCluster.labels ?? {}).map(([key, value]) => ({ key, value })),
  }
}
