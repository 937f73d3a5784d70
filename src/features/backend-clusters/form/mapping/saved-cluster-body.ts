// A saved cluster as a request body: what the detail page shows and what an edit is compared with.
import type { BackendCluster, UpdateBackendClusterRequest } from '../../../../api/api-types'
import { STORED_SECRET_MARKER } from '../../../../components/review/stored-secret'
import type { BackendClusterRequestBody } from './backend-cluster-request-mapper'

export { STORED_SECRET_MARKER }

/** The cluster as a configuration: everything the API returned except server-made fields. */
export function clusterConfigBody(cluster: BackendCluster): UpdateBackendClusterRequest {
  const { authentication, tls } = cluster
  const identity = tls.client_identity
  // The spec calls the key required; a plaintext one is never returned.
  const key: string | undefined = identity?.key
  return {
    name: cluster.name,
    ...(cluster.description ? { description: cluster.description } : {}),
    bootstrap_servers: [...cluster.bootstrap_servers],
    authentication:
      authentication.type === 'anonymous'
        ? { type: 'anonymous' }
        : { ...authentication, password: authentication.password ?? STORED_SECRET_MARKER },
    insecure_allow_anonymous_virtual_cluster_auth:
      cluster.insecure_allow_anonymous_virtual_cluster_auth ?? false,
    tls: {
      ...tls,
      ...(identity
        ? {
            client_identity: {
              certificate: identity.certificate,
              key: key ?? STORED_SECRET_MARKER,
            },
          }
        : {}),
    },
    ...(cluster.metadata_update_interval_seconds === undefined
      ? {}
      : { metadata_update_interval_seconds: cluster.metadata_update_interval_seconds }),
    ...(cluster.labels && Object.keys(cluster.labels).length > 0
      ? { labels: { ...cluster.labels } }
      : {}),
  }
}

/**
 * The body as Konnect will hold it after the PUT: a password the body leaves out is kept by Konnect,
 * so for comparing it stands as the stored (hidden) one, not as "removed".
 */
export function withKeptSecrets(
  body: BackendClusterRequestBody,
  current: BackendCluster,
): BackendClusterRequestBody {
  const auth = body.authentication
  const hadPassword = current.authentication.type !== 'anonymous'
  if (auth.type === 'anonymous' || auth.password !== undefined || !hadPassword) return body
  const kept =
    current.authentication.type === 'anonymous' ? undefined : current.authentication.password
  return { ...body, authentication: { ...auth, password: kept ?? STORED_SECRET_MARKER } }
}
