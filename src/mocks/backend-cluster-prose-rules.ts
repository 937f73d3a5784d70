// Rules the spec states in prose, or that Konnect enforces but the JSON Schema leaves open.
import type { BackendClusterTls, InvalidParameter } from '../api/api-types'
import type { IncomingClusterBody } from './backend-cluster-record'

type ClientIdentity = NonNullable<BackendClusterTls['client_identity']>

/** Records keyed by the spec types, so a property added to the spec fails the type check here. */
const TLS_PROPERTIES: Record<keyof BackendClusterTls, true> = {
  enabled: true,
  insecure_skip_verify: true,
  ca_bundle: true,
  tls_versions: true,
  client_identity: true,
}
const CLIENT_IDENTITY_PROPERTIES: Record<keyof ClientIdentity, true> = {
  certificate: true,
  key: true,
}

/** Labels schema: "Keys must be of length 1-63 characters, and cannot start with ...". */
const RESERVED_LABEL_PREFIXES = ['kong', 'konnect', 'mesh', 'kic', '_']
const MTLS_MIN_RUNTIME = '1.1'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Checks on the raw body, run next to the generated validator. */
export function proseRuleProblems(data: unknown): InvalidParameter[] {
  if (!isRecord(data)) return []
  const problems: InvalidParameter[] = []
  const source = 'body'

  if (isRecord(data.labels)) {
    for (const key of Object.keys(data.labels)) {
      const field = `labels.${key}`
      if (key.length < 1 || key.length > 63) {
        problems.push({
          field,
          rule: 'is_label',
          reason: 'label keys must have 1 to 63 characters',
          source,
        })
      }
      const prefix = RESERVED_LABEL_PREFIXES.find((reserved) =>
        key.toLowerCase().startsWith(reserved),
      )
      if (prefix !== undefined) {
        const reason = `label keys must not start with "${prefix}" (reserved: ${RESERVED_LABEL_PREFIXES.join(', ')})`
        problems.push({ field, rule: 'is_label', reason, source })
      }
    }
  }

  // The discriminated union has no `type: object`, so ajv lets a string or null through.
  if ('authentication' in data && !isRecord(data.authentication)) {
    problems.push({
      field: 'authentication',
      rule: 'is_object',
      reason: 'must be an object',
      source,
    })
  }

  // BackendClusterTLS omits `additionalProperties: false`; Konnect still rejects unknown fields.
  if (isRecord(data.tls)) {
    problems.push(...unknownProperties(data.tls, TLS_PROPERTIES, 'tls'))
    if (isRecord(data.tls.client_identity)) {
      const identity = data.tls.client_identity
      problems.push(
        ...unknownProperties(identity, CLIENT_IDENTITY_PROPERTIES, 'tls.client_identity'),
      )
    }
  }
  return problems
}

function unknownProperties(
  value: Record<string, unknown>,
  known: Record<string, true>,
  path: string,
): InvalidParameter[] {
  return Object.keys(value)
    .filter((key) => !Object.hasOwn(known, key))
    .map((key) => ({
      field: `${path}.${key}`,
      rule: 'unknown_property',
      reason: 'unknown property',
      source: 'body',
    }))
}

/** `tls.client_identity` carries x-min-runtime-version 1.1: refused on older gateways. */
export function runtimeVersionProblems(
  body: IncomingClusterBody,
  gatewayRuntime: string,
): InvalidParameter[] {
  if (!body.tls.client_identity || compareVersions(gatewayRuntime, MTLS_MIN_RUNTIME) >= 0) return []
  return [
    {
      field: 'tls.client_identity',
      rule: 'invalid',
      reason: `requires a minimum runtime version of ${MTLS_MIN_RUNTIME}; this event gateway runs ${gatewayRuntime}`,
      source: 'body',
    },
  ]
}

function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number)
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number)
  return aMajor - bMajor || aMinor - bMinor
}
