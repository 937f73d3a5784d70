// The virtual cluster's words for the review of changes before an edit is saved.
import type { UpdateVirtualClusterRequest } from '../../../api/api-types'
import {
  diffRequestBodies,
  type DiffVocabulary,
  type FieldChange,
} from '../../../components/review/diff-request-bodies'
import { authMethodLabel } from '../form/fields/authentication-method-options'
import type { LeftOutPassword } from '../form/mapping/saved-virtual-cluster-body'
import {
  DEFAULT_CONFLICT,
  DEFAULT_JWKS_CACHE_EXPIRATION,
  DEFAULT_JWKS_TIMEOUT,
} from '../form/virtual-cluster-form-values'

const VOCABULARY: DiffVocabulary<UpdateVirtualClusterRequest> = {
  labels: {
    name: 'Name',
    description: 'Description',
    dns_label: 'DNS label',
    'destination.name': 'Backend cluster',
    'destination.id': 'Backend cluster',
    'authentication.*.type': 'Method',
    'authentication.*.mediation': 'Mediation',
    'authentication.*.algorithm': 'Algorithm',
    'authentication.*.principals.*.username': 'Principal username',
    'authentication.*.principals.*.password': 'Principal password',
    'authentication.*.jwks.endpoint': 'JWKS endpoint',
    'authentication.*.jwks.timeout': 'JWKS timeout',
    'authentication.*.jwks.cache_expiration': 'JWKS cache expiration',
    'authentication.*.validate.issuer': 'Issuer',
    'authentication.*.validate.audiences.*.name': 'Audience',
    'authentication.*.claims_mapping.sub': 'Subject claim',
    'authentication.*.claims_mapping.scope': 'Scope claim',
    'authentication.*.fetch_kong_identity_principal.directory': 'Kong Identity directory',
    'authentication.*.fetch_kong_identity_principal.fetch_by.key': 'Kong Identity metadata key',
    'authentication.*.fetch_kong_identity_principal.failure_mode':
      'If the Kong Identity lookup fails',
    acl_mode: 'ACL mode',
    'namespace.mode': 'Namespace mode',
    'namespace.prefix': 'Namespace prefix',
    'namespace.additional.topics.*.type': 'Additional topics: match by',
    'namespace.additional.topics.*.glob': 'Additional topics: glob pattern',
    'namespace.additional.topics.*.exact_list.*.backend': 'Additional topic',
    'namespace.additional.topics.*.conflict': 'Additional topics: on conflicts',
    'namespace.additional.consumer_groups.*.type': 'Additional consumer groups: match by',
    'namespace.additional.consumer_groups.*.glob': 'Additional consumer groups: glob pattern',
    'namespace.additional.consumer_groups.*.exact_list.*.value': 'Additional consumer group',
    'topic_aliases.*.alias': 'Topic alias',
    'topic_aliases.*.topic': 'Topic alias: topic',
    'topic_aliases.*.condition': 'Topic alias: condition',
    'topic_aliases.*.conflict': 'Topic alias: when it shadows a topic',
  },
  fallbackLabel: (path) =>
    path.startsWith('labels.') ? `Label ${path.slice('labels.'.length)}` : undefined,
  secretPaths: ['authentication.*.principals.*.password'],
  withDefaults: (body) => ({
    ...body,
    description: body.description ?? '',
    authentication: body.authentication.map((method) =>
      method.type === 'oauth_bearer' && method.jwks
        ? {
            ...method,
            jwks: {
              ...method.jwks,
              timeout: method.jwks.timeout ?? DEFAULT_JWKS_TIMEOUT,
              cache_expiration: method.jwks.cache_expiration ?? DEFAULT_JWKS_CACHE_EXPIRATION,
            },
          }
        : method,
    ),
    ...(body.namespace
      ? {
          namespace: {
            ...body.namespace,
            ...(body.namespace.additional
              ? {
                  additional: {
                    ...body.namespace.additional,
                    topics: body.namespace.additional.topics?.map((selector) => ({
                      ...selector,
                      conflict: selector.conflict ?? DEFAULT_CONFLICT,
                    })),
                  },
                }
              : {}),
          },
        }
      : {}),
    // No aliases and an empty list of them are the same configuration.
    topic_aliases: body.topic_aliases?.length
      ? body.topic_aliases.map((alias) => ({
          ...alias,
          condition: alias.condition ?? '',
          conflict: alias.conflict ?? DEFAULT_CONFLICT,
        }))
      : undefined,
    labels: body.labels ?? {},
  }),
}

/** Names the method a change belongs to: "Method 2 (SASL/PLAIN) · Mediation". */
function withMethodPlace(
  change: FieldChange,
  before: UpdateVirtualClusterRequest,
  after: UpdateVirtualClusterRequest,
): FieldChange {
  const match = /^authentication\.(\d+)\.(.+)$/.exec(change.path)
  if (!match) return change
  const index = Number(match[1])
  const place = `Method ${index + 1}`
  if (match[2] === 'type') {
    const kindLabel = (value: string | undefined) =>
      value === undefined ? undefined : authMethodLabel(value)
    return {
      ...change,
      label: place,
      before: kindLabel(change.before),
      after: kindLabel(change.after),
    }
  }
  const type = after.authentication[index]?.type ?? before.authentication[index]?.type
  return {
    ...change,
    label: type
      ? `${place} (${authMethodLabel(type)}) · ${change.label}`
      : `${place} · ${change.label}`,
  }
}

/**
 * What an edit would change. `destinationNames` turns backend cluster ids into names, so the review
 * says "payments-core → payments-dev" rather than two ids.
 */
export function diffVirtualClusterBodies(
  before: UpdateVirtualClusterRequest,
  after: UpdateVirtualClusterRequest,
  destinationNames: Readonly<Record<string, string>> = {},
): FieldChange[] {
  const named = (body: UpdateVirtualClusterRequest): UpdateVirtualClusterRequest => {
    const id = 'id' in body.destination ? body.destination.id : undefined
    const name = id === undefined ? undefined : destinationNames[id]
    return name === undefined ? body : { ...body, destination: { name } }
  }
  const changes = diffRequestBodies(named(before), named(after), VOCABULARY)
  // The methods' rows come together (their labels are neighbours): list them method by method.
  const methodOf = (change: FieldChange) => /^authentication\.(\d+)\./.exec(change.path)?.[1]
  const first = changes.findIndex((change) => methodOf(change) !== undefined)
  const methods = changes
    .filter((change) => methodOf(change) !== undefined)
    .sort((a, b) => Number(methodOf(a)) - Number(methodOf(b)))
  const ordered =
    first === -1
      ? changes
      : [
          ...changes.slice(0, first),
          ...methods,
          ...changes.slice(first).filter((change) => methodOf(change) === undefined),
        ]
  return ordered.map((change) => withMethodPlace(change, before, after))
}

/** The stored passwords a save keeps, as the review lists them: "Method 1 (SASL/PLAIN) · password of svc". */
export function describeKeptPasswords(leftOut: readonly LeftOutPassword[]): string[] {
  return leftOut
    .filter((left) => left.kept !== undefined)
    .map(
      ({ method, username }) =>
        `Method ${method + 1} (${authMethodLabel('sasl_plain')}) · password of ${username}`,
    )
}
