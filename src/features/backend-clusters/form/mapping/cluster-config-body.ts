import type { BackendCluster, UpdateBackendClusterRequest } from '../../../../api/api-types'

/**
 * Stands in for a plaintext secret Konnect keeps but never returns. The previews treat it like any
 * plaintext value and show a placeholder, so the configuration stays complete without the secret.
 */
export const STORED_SECRET_MARKER = 'stored-in-konnect'

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
