// How a virtual cluster is stored and shown. The store keeps what the client sent, the spec's
// defaults applied and the destination resolved to `{ id, name }`, plaintext principal passwords
// included; every response goes through toVirtualClusterView, which drops plaintext passwords and
// keeps references (`${vault...}`), as for backend clusters (sensitive-value.ts).
import type {
  BackendClusterReference,
  UpdateVirtualClusterRequest,
  VirtualCluster,
  VirtualClusterAuthentication,
} from '../api/api-types'
import { persistedSecret, shownSecret, type KeepSecret } from './sensitive-value'

/** A request body that passed validation (create bodies fit too: they only require passwords). */
export type IncomingVirtualClusterBody = UpdateVirtualClusterRequest

type SaslPlain = Extract<VirtualClusterAuthentication, { type: 'sasl_plain' }>

/** The spec's `default:` values. */
const DEFAULT_JWKS_TIMEOUT = '10s'
const DEFAULT_JWKS_CACHE_EXPIRATION = '1h'
const DEFAULT_CONFLICT = 'warn'

export type VirtualClusterBuild =
  | { ok: true; virtualCluster: VirtualCluster }
  /** Field paths of principal passwords neither sent nor stored. */
  | { ok: false; missing: string[] }

/**
 * Applies the spec's defaults; on replace, keeps stored principal passwords the body leaves out
 * (see keepStoredPasswords). Never keeps a reference to the body's objects.
 */
export function buildStoredVirtualCluster(
  body: IncomingVirtualClusterBody,
  destination: BackendClusterReference,
  meta: { id: string; createdAt: string; updatedAt: string },
  previous?: VirtualCluster,
): VirtualClusterBuild {
  const copy = structuredClone(body)
  const missing = keepStoredPasswords(copy.authentication, previous?.authentication ?? [])
  if (missing.length > 0) return { ok: false, missing }
  for (const entry of copy.authentication) {
    if (entry.type === 'oauth_bearer' && entry.jwks) {
      entry.jwks.timeout ??= DEFAULT_JWKS_TIMEOUT
      entry.jwks.cache_expiration ??= DEFAULT_JWKS_CACHE_EXPIRATION
    }
  }
  for (const selector of copy.namespace?.additional?.topics ?? []) {
    selector.conflict ??= DEFAULT_CONFLICT
  }
  for (const alias of copy.topic_aliases ?? []) {
    alias.condition ??= ''
    alias.conflict ??= DEFAULT_CONFLICT
  }
  return {
    ok: true,
    virtualCluster: {
      id: meta.id,
      name: copy.name,
      description: copy.description ?? '',
      destination: { id: destination.id, name: destination.name },
      authentication: copy.authentication,
      ...(copy.namespace && { namespace: copy.namespace }),
      ...(copy.topic_aliases && { topic_aliases: copy.topic_aliases }),
      dns_label: copy.dns_label,
      acl_mode: copy.acl_mode,
      labels: copy.labels ?? {},
      created_at: meta.createdAt,
      updated_at: meta.updatedAt,
    },
  }
}

/**
 * A principal sent without a password keeps the stored one when the stored virtual cluster has a
 * principal with the same username, with a password, in its sasl_plain method of the same rank
 * (the first sasl_plain method of the body matches the first stored one, and so on), so adding,
 * removing or reordering other methods loses nothing. Returns the paths still without one.
 */
function keepStoredPasswords(
  authentication: VirtualClusterAuthentication[],
  previous: readonly VirtualClusterAuthentication[],
): string[] {
  const storedMethods = previous.filter((entry): entry is SaslPlain => entry.type === 'sasl_plain')
  const missing: string[] = []
  let rank = 0
  authentication.forEach((entry, index) => {
    if (entry.type !== 'sasl_plain') return
    const stored = storedMethods[rank]?.principals ?? []
    rank += 1
    entry.principals?.forEach((principal, position) => {
      if (principal.password !== undefined) return
      const kept = stored.find(
        (candidate) => candidate.username === principal.username && candidate.password,
      )?.password
      if (kept === undefined) {
        missing.push(`authentication[${index}].principals[${position}].password`)
      } else {
        principal.password = kept
      }
    })
  })
  return missing
}

/** A copy with each principal password passed through `keep` (undefined drops it). */
function mapSecrets(stored: VirtualCluster, keep: KeepSecret): VirtualCluster {
  const copy = structuredClone(stored)
  for (const entry of copy.authentication) {
    if (entry.type !== 'sasl_plain') continue
    entry.principals = entry.principals?.map(({ username, password }) => {
      const kept = password === undefined ? undefined : keep(password)
      return kept === undefined ? { username } : { username, password: kept }
    })
  }
  return copy
}

/**
 * What every response shows: plaintext passwords omitted, references kept, and the destination
 * under its current name (the relationship is by id; a renamed backend cluster shows its new name).
 */
export function toVirtualClusterView(
  stored: VirtualCluster,
  destinationName = stored.destination.name,
): VirtualCluster {
  const view = mapSecrets(stored, shownSecret)
  view.destination.name = destinationName
  return view
}

/** The stored virtual cluster with plaintext passwords swapped for the marker, never returned either. */
export function redactVirtualClusterSecrets(stored: VirtualCluster): VirtualCluster {
  return mapSecrets(stored, persistedSecret)
}

/** Whether any of its methods is anonymous, which needs the destination's permission. */
export function allowsAnonymous(virtualCluster: Pick<VirtualCluster, 'authentication'>): boolean {
  return virtualCluster.authentication.some((entry) => entry.type === 'anonymous')
}
