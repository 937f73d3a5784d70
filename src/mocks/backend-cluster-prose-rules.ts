// Rules the spec states in prose, or that Konnect enforces but the JSON Schema leaves open.
import type {
  BackendClusterAuthentication,
  BackendClusterTls,
  InvalidParameter,
} from '../api/api-types'
import { objectShape, unionShape, unknownPropertyProblems, type Shape } from './body-shape'
import type { IncomingClusterBody } from './backend-cluster-record'
import { BACKEND_CLUSTER_EXPRESSION_FIELDS, vaultExpressionProblems } from './expression-rules'
import { labelKeyProblems } from './label-rules'
import { runtimeGate } from './runtime-version'

type ClientIdentity = NonNullable<BackendClusterTls['client_identity']>

/**
 * BackendClusterTLS omits `additionalProperties: false`; Konnect still rejects unknown fields.
 * Every other backend cluster object closes itself in the schema.
 */
export const BACKEND_CLUSTER_BODY_SHAPE: Shape = objectShape<IncomingClusterBody>({
  name: true,
  description: true,
  authentication: unionShape({
    anonymous: true,
    sasl_plain: true,
    sasl_scram: true,
  } satisfies Record<BackendClusterAuthentication['type'], Shape>),
  insecure_allow_anonymous_virtual_cluster_auth: true,
  bootstrap_servers: true,
  tls: objectShape<BackendClusterTls>({
    enabled: true,
    insecure_skip_verify: true,
    ca_bundle: true,
    tls_versions: true,
    client_identity: objectShape<ClientIdentity>({ certificate: true, key: true }),
  }),
  metadata_update_interval_seconds: true,
  labels: true,
})

const MTLS_MIN_RUNTIME = '1.1'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Checks on the raw body, run next to the generated validator. */
export function proseRuleProblems(data: unknown): InvalidParameter[] {
  if (!isRecord(data)) return []
  const problems: InvalidParameter[] = [...labelKeyProblems(data.labels)]

  // The discriminated union has no `type: object`, so ajv lets a string or null through.
  if ('authentication' in data && !isRecord(data.authentication)) {
    problems.push({
      field: 'authentication',
      rule: 'is_object',
      reason: 'must be an object',
      source: 'body',
    })
  }

  problems.push(...unknownPropertyProblems(data, BACKEND_CLUSTER_BODY_SHAPE))
  problems.push(...vaultExpressionProblems(data, BACKEND_CLUSTER_EXPRESSION_FIELDS))
  return problems
}

/** `tls.client_identity` carries x-min-runtime-version 1.1: refused on older gateways. */
export function runtimeVersionProblems(
  body: IncomingClusterBody,
  gatewayRuntime: string,
): InvalidParameter[] {
  if (!body.tls.client_identity) return []
  return runtimeGate('tls.client_identity', MTLS_MIN_RUNTIME, gatewayRuntime)
}
