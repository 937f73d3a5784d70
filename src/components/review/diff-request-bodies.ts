import type { BackendClusterRequestBody } from '../../features/backend-clusters/form/mapping/backend-cluster-request-body'
import { STORED_SECRET_MARKER } from '../../features/backend-clusters/form/mapping/cluster-config-body'
import { isSecretReference } from '../form/vault-reference'

export interface FieldChange {
  /** JSON path in the request body, e.g. tls.ca_bundle or labels.env */
  path: string
  label: string
  before: string | undefined
  after: string | undefined
}

const LABELS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  bootstrap_servers: 'Bootstrap servers',
  'authentication.type': 'Authentication',
  'authentication.algorithm': 'SCRAM algorithm',
  'authentication.username': 'Username',
  'authentication.password': 'Password',
  insecure_allow_anonymous_virtual_cluster_auth:
    'Allow anonymous authentication from virtual clusters',
  'tls.enabled': 'TLS',
  'tls.insecure_skip_verify': 'Skip certificate verification',
  'tls.ca_bundle': 'CA bundle',
  'tls.tls_versions': 'TLS versions',
  'tls.client_identity.certificate': 'Client certificate',
  'tls.client_identity.key': 'Client key',
  metadata_update_interval_seconds: 'Metadata update interval (seconds)',
}

const ORDER = Object.keys(LABELS)

/** The form's top-to-bottom order; labels after every named field. */
function rank(path: string): number {
  const index = ORDER.indexOf(path)
  return index === -1 ? ORDER.length : index
}

const SECRET_PATHS = new Set(['authentication.password', 'tls.client_identity.key'])

type Flat = Map<string, unknown>

function flatten(value: unknown, path: string, out: Flat): Flat {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value))
      flatten(child, path ? `${path}.${key}` : key, out)
  } else if (value !== undefined) {
    out.set(path, value)
  }
  return out
}

function display(path: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined
  if (value === STORED_SECRET_MARKER) return 'Stored — hidden'
  if (SECRET_PATHS.has(path) && typeof value === 'string' && !isSecretReference(value)) {
    return 'a new value (hidden)'
  }
  if (Array.isArray(value)) return value.map(String).join(', ')
  if (typeof value === 'boolean') return value ? 'On' : 'Off'
  if (typeof value === 'string' && value.includes('\n')) {
    const lines = value.trim().split('\n').length
    return `${value.trim().split('\n')[0] ?? ''} … (${lines} lines)`
  }
  return typeof value === 'number' || typeof value === 'string'
    ? String(value)
    : JSON.stringify(value)
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The spec's defaults filled in, so leaving a field out and sending its default compare equal. */
function withDefaults(body: BackendClusterRequestBody): BackendClusterRequestBody {
  return {
    ...body,
    description: body.description ?? '',
    insecure_allow_anonymous_virtual_cluster_auth:
      body.insecure_allow_anonymous_virtual_cluster_auth ?? false,
    metadata_update_interval_seconds: body.metadata_update_interval_seconds ?? 60,
    labels: body.labels ?? {},
    tls: {
      ...body.tls,
      insecure_skip_verify: body.tls.insecure_skip_verify ?? false,
      tls_versions: body.tls.tls_versions ?? ['tls12', 'tls13'],
    },
  }
}

/**
 * What a save would change, field by field, between two configurations (e.g. the cluster as the API
 * returned it and the body about to be sent). Secrets never appear: a value Konnect keeps hidden
 * reads "Stored — hidden", a new plaintext one "a new value (hidden)"; references show as written.
 */
export function diffRequestBodies(
  before: BackendClusterRequestBody,
  after: BackendClusterRequestBody,
): FieldChange[] {
  const old = flatten(withDefaults(before), '', new Map())
  const next = flatten(withDefaults(after), '', new Map())
  const paths = [...new Set([...old.keys(), ...next.keys()])].sort((a, b) => rank(a) - rank(b))
  return paths
    .filter((path) => !same(old.get(path), next.get(path)))
    .map((path) => ({
      path,
      label:
        LABELS[path] ??
        (path.startsWith('labels.') ? `Label ${path.slice('labels.'.length)}` : path),
      before: display(path, old.get(path)),
      after: display(path, next.get(path)),
    }))
}
