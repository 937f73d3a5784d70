// Rules for virtual cluster bodies that the JSON Schema leaves open, and the spec's
// x-min-runtime-version gates. Rules that need the store (the destination, anonymous access,
// stored passwords, unique names) live in virtual-cluster-references.ts and mock-store.ts.
import type {
  BackendClusterReferenceModify,
  InvalidParameter,
  VirtualClusterAuthentication,
  VirtualClusterNamespace,
  VirtualClusterPrincipal,
  VirtualClusterTopicAlias,
} from '../api/api-types'
import type { components } from '../api/schema'
import {
  arrayShape,
  objectShape,
  unionShape,
  unknownPropertyProblems,
  type Shape,
} from './body-shape'
import { VIRTUAL_CLUSTER_EXPRESSION_FIELDS, vaultExpressionProblems } from './expression-rules'
import { labelKeyProblems } from './label-rules'
import { runtimeGate } from './runtime-version'
import type { IncomingVirtualClusterBody } from './virtual-cluster-record'

type Schemas = components['schemas']
type Auth<T extends VirtualClusterAuthentication['type']> = Extract<
  VirtualClusterAuthentication,
  { type: T }
>
type OauthBearer = Auth<'oauth_bearer'>
type Additional = NonNullable<VirtualClusterNamespace['additional']>
type TopicSelector = NonNullable<Additional['topics']>[number]
type IdSelector = NonNullable<Additional['consumer_groups']>[number]
type IdExactList = NonNullable<Extract<IdSelector, { type: 'exact_list' }>['exact_list']>[number]

const fetchKongIdentityPrincipal = objectShape<Schemas['FetchKongIdentityPrincipal']>({
  directory: true,
  fetch_by: objectShape<Schemas['FetchKongIdentityPrincipalFetchBy']>({ key: true }),
  failure_mode: true,
})

/**
 * Every object a virtual cluster body may hold. Most of the spec's objects here lack
 * `additionalProperties: false` (the anonymous method, principals, JWKS, namespaces, aliases...);
 * Konnect refuses unknown fields all the same, as the backend cluster mock does for `tls`.
 */
export const VIRTUAL_CLUSTER_BODY_SHAPE: Shape = objectShape<IncomingVirtualClusterBody>({
  name: true,
  description: true,
  destination: objectShape<
    Extract<BackendClusterReferenceModify, { id: string }> &
      Extract<BackendClusterReferenceModify, { name: string }>
  >({ id: true, name: true }),
  authentication: arrayShape(
    unionShape({
      anonymous: objectShape<Auth<'anonymous'>>({ type: true }),
      sasl_plain: objectShape<Auth<'sasl_plain'>>({
        type: true,
        mediation: true,
        principals: arrayShape(
          objectShape<VirtualClusterPrincipal>({ username: true, password: true }),
        ),
        fetch_kong_identity_principal: fetchKongIdentityPrincipal,
      }),
      sasl_scram: objectShape<Auth<'sasl_scram'>>({
        type: true,
        algorithm: true,
        fetch_kong_identity_principal: fetchKongIdentityPrincipal,
      }),
      oauth_bearer: objectShape<OauthBearer>({
        type: true,
        mediation: true,
        claims_mapping: objectShape<NonNullable<OauthBearer['claims_mapping']>>({
          sub: true,
          scope: true,
        }),
        jwks: objectShape<NonNullable<OauthBearer['jwks']>>({
          endpoint: true,
          timeout: true,
          cache_expiration: true,
        }),
        validate: objectShape<NonNullable<OauthBearer['validate']>>({
          audiences: arrayShape(
            objectShape<Schemas['VirtualClusterAuthenticationAudience']>({ name: true }),
          ),
          issuer: true,
        }),
        fetch_kong_identity_principal: objectShape<
          NonNullable<OauthBearer['fetch_kong_identity_principal']>
        >({ directory: true, failure_mode: true }),
      }),
      client_certificate: objectShape<Auth<'client_certificate'>>({
        type: true,
        fetch_kong_identity_principal: fetchKongIdentityPrincipal,
      }),
    } satisfies Record<VirtualClusterAuthentication['type'], Shape>),
  ),
  namespace: objectShape<VirtualClusterNamespace>({
    mode: true,
    prefix: true,
    additional: objectShape<Additional>({
      topics: arrayShape(
        unionShape({
          glob: objectShape<Extract<TopicSelector, { type: 'glob' }>>({
            type: true,
            glob: true,
            conflict: true,
          }),
          exact_list: objectShape<Extract<TopicSelector, { type: 'exact_list' }>>({
            type: true,
            exact_list: arrayShape(
              objectShape<Schemas['NamespaceExactAllowListItem']>({ backend: true }),
            ),
            conflict: true,
          }),
        } satisfies Record<TopicSelector['type'], Shape>),
      ),
      consumer_groups: arrayShape(
        unionShape({
          glob: objectShape<Extract<IdSelector, { type: 'glob' }>>({ type: true, glob: true }),
          exact_list: objectShape<Extract<IdSelector, { type: 'exact_list' }>>({
            type: true,
            exact_list: arrayShape(objectShape<IdExactList>({ value: true })),
          }),
        } satisfies Record<IdSelector['type'], Shape>),
      ),
    }),
  }),
  topic_aliases: arrayShape(
    objectShape<VirtualClusterTopicAlias>({
      alias: true,
      topic: true,
      condition: true,
      conflict: true,
    }),
  ),
  acl_mode: true,
  dns_label: true,
  labels: true,
})

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Checks on the raw body, run next to the generated validator. */
export function virtualClusterProseProblems(data: unknown): InvalidParameter[] {
  if (!isRecord(data)) return []
  const problems: InvalidParameter[] = [...labelKeyProblems(data.labels)]
  // The discriminated union has no `type: object`, so ajv lets a string or null through.
  if (Array.isArray(data.authentication)) {
    data.authentication.forEach((entry: unknown, index) => {
      if (!isRecord(entry)) {
        problems.push({
          field: `authentication[${index}]`,
          rule: 'is_object',
          reason: 'must be an object',
          source: 'body',
        })
      }
    })
  }
  problems.push(...unknownPropertyProblems(data, VIRTUAL_CLUSTER_BODY_SHAPE))
  problems.push(...vaultExpressionProblems(data, VIRTUAL_CLUSTER_EXPRESSION_FIELDS))
  return problems
}

/** The spec's x-min-runtime-version marks, checked against the gateway's `min_runtime_version`. */
const CLIENT_CERTIFICATE_MIN_RUNTIME = '1.1'
const TOPIC_ALIASES_MIN_RUNTIME = '1.2'
const KONG_IDENTITY_MIN_RUNTIME = '1.2'

/**
 * Each feature is refused on the field that carries the mark. An empty `topic_aliases` list uses
 * nothing, so it passes on any runtime (a lossless edit may send back `[]`).
 */
export function virtualClusterRuntimeProblems(
  body: IncomingVirtualClusterBody,
  gatewayRuntime: string,
): InvalidParameter[] {
  const problems: InvalidParameter[] = []
  body.authentication.forEach((entry, index) => {
    const field = `authentication[${index}]`
    if (entry.type === 'client_certificate') {
      problems.push(...runtimeGate(field, CLIENT_CERTIFICATE_MIN_RUNTIME, gatewayRuntime))
    }
    if (entry.type !== 'anonymous' && entry.fetch_kong_identity_principal) {
      problems.push(
        ...runtimeGate(
          `${field}.fetch_kong_identity_principal`,
          KONG_IDENTITY_MIN_RUNTIME,
          gatewayRuntime,
        ),
      )
    }
  })
  if (body.topic_aliases && body.topic_aliases.length > 0) {
    problems.push(...runtimeGate('topic_aliases', TOPIC_ALIASES_MIN_RUNTIME, gatewayRuntime))
  }
  return problems
}
