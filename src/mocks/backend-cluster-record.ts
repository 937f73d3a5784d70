// How a backend cluster is stored and shown. The store keeps what the client sent, defaults applied,
// plaintext secrets included; every response goes through toClusterView, which drops plaintext
// secrets and keeps secret references (`${vault...}`) as they are, as Konnect does.
import type {
  BackendCluster,
  BackendClusterAuthentication,
  BackendClusterTls,
  UpdateBackendClusterRequest,
} from '../api/api-types'
import { persistedSecret, shownSecret, type KeepSecret } from './sensitive-value'

type WithOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>
type ClientIdentity = NonNullable<BackendClusterTls['client_identity']>

/** A request body that passed validation (create bodies fit too: they only add a required password). */
export type IncomingClusterBody = UpdateBackendClusterRequest

/**
 * A cluster as responses show it. The spec marks `tls.client_identity.key` required yet also says a
 * plaintext secret is never returned, so the key is optional here.
 */
export type BackendClusterView = Omit<BackendCluster, 'tls'> & {
  tls: Omit<BackendClusterTls, 'client_identity'> & {
    client_identity?: WithOptional<ClientIdentity, 'key'>
  }
}

const DEFAULT_TLS_VERSIONS: NonNullable<BackendClusterTls['tls_versions']> = ['tls12', 'tls13']
const DEFAULT_METADATA_UPDATE_INTERVAL_SECONDS = 60

export type BuildResult =
  { ok: true; cluster: BackendCluster } | { ok: false; missing: 'authentication.password' }

/** Applies the spec's defaults; on replace, keeps the stored password when the body has none. */
export function buildStoredCluster(
  body: IncomingClusterBody,
  meta: { id: string; createdAt: string; updatedAt: string },
  previous?: BackendCluster,
): BuildResult {
  const authentication = buildAuthentication(body.authentication, previous?.authentication)
  if (!authentication) return { ok: false, missing: 'authentication.password' }
  const { tls } = body
  return {
    ok: true,
    cluster: {
      id: meta.id,
      name: body.name,
      description: body.description ?? '',
      authentication,
      insecure_allow_anonymous_virtual_cluster_auth:
        body.insecure_allow_anonymous_virtual_cluster_auth ?? false,
      bootstrap_servers: [...body.bootstrap_servers],
      tls: {
        enabled: tls.enabled,
        insecure_skip_verify: tls.insecure_skip_verify ?? false,
        tls_versions: [...(tls.tls_versions ?? DEFAULT_TLS_VERSIONS)],
        ...(tls.ca_bundle === undefined ? {} : { ca_bundle: tls.ca_bundle }),
        ...(tls.client_identity
          ? {
              client_identity: {
                certificate: tls.client_identity.certificate,
                key: tls.client_identity.key,
              },
            }
          : {}),
      },
      metadata_update_interval_seconds:
        body.metadata_update_interval_seconds ?? DEFAULT_METADATA_UPDATE_INTERVAL_SECONDS,
      labels: { ...body.labels },
      created_at: meta.createdAt,
      updated_at: meta.updatedAt,
    },
  }
}

function buildAuthentication(
  incoming: BackendClusterAuthentication,
  previous: BackendClusterAuthentication | undefined,
): BackendClusterAuthentication | undefined {
  if (incoming.type === 'anonymous') return { type: 'anonymous' }
  const password =
    incoming.password ?? (previous && previous.type !== 'anonymous' ? previous.password : undefined)
  if (password === undefined) return undefined
  if (incoming.type === 'sasl_plain') {
    return { type: 'sasl_plain', username: incoming.username, password }
  }
  return {
    type: 'sasl_scram',
    algorithm: incoming.algorithm,
    username: incoming.username,
    password,
  }
}

/** A copy with each sensitive value passed through `keep` (undefined drops it); never the stored objects. */
function mapSecrets(stored: BackendCluster, keep: KeepSecret): BackendClusterView {
  const identity = stored.tls.client_identity
  const key = identity ? keep(identity.key) : undefined
  return {
    ...stored,
    authentication: mapAuthentication(stored.authentication, keep),
    bootstrap_servers: [...stored.bootstrap_servers],
    tls: {
      ...stored.tls,
      ...(stored.tls.tls_versions && { tls_versions: [...stored.tls.tls_versions] }),
      ...(identity && {
        client_identity: { certificate: identity.certificate, ...(key !== undefined && { key }) },
      }),
    },
    labels: { ...stored.labels },
  }
}

function mapAuthentication(
  auth: BackendClusterAuthentication,
  keep: KeepSecret,
): BackendClusterAuthentication {
  const password =
    auth.type === 'anonymous' || auth.password === undefined ? undefined : keep(auth.password)
  const secret = password === undefined ? {} : { password }
  switch (auth.type) {
    case 'anonymous':
      return { type: 'anonymous' }
    case 'sasl_plain':
      return { type: 'sasl_plain', username: auth.username, ...secret }
    case 'sasl_scram':
      return { type: 'sasl_scram', algorithm: auth.algorithm, username: auth.username, ...secret }
  }
}

/** What every response shows: plaintext secrets omitted, references kept. */
export function toClusterView(stored: BackendCluster): BackendClusterView {
  return mapSecrets(stored, shownSecret)
}

/** The stored cluster with plaintext secrets swapped for the marker, which is never returned either. */
export function redactPlaintextSecrets(stored: BackendCluster): BackendCluster {
  const identity = stored.tls.client_identity
  return {
    ...mapSecrets(stored, persistedSecret),
    tls: {
      ...stored.tls,
      ...(stored.tls.tls_versions && { tls_versions: [...stored.tls.tls_versions] }),
      ...(identity && {
        client_identity: { certificate: identity.certificate, key: persistedSecret(identity.key) },
      }),
    },
  }
}
