import type { VirtualCluster } from '../../api/api-types'
import {
  buildStoredVirtualCluster,
  type IncomingVirtualClusterBody,
} from '../virtual-cluster-record'
import type { ClusterRef } from './seed-generated-clusters'

/**
 * Seeds go through the same default-filling as a create, so they look exactly like created ones.
 * The destination is given as `{ id, name }`, the way the store keeps it after resolving it.
 */
export function seedVirtualCluster(
  meta: { id: string; createdAt: string; updatedAt?: string },
  body: IncomingVirtualClusterBody & { destination: ClusterRef },
): VirtualCluster {
  const built = buildStoredVirtualCluster(body, body.destination, {
    ...meta,
    updatedAt: meta.updatedAt ?? meta.createdAt,
  })
  if (!built.ok)
    throw new Error(`Seed virtual cluster ${body.name} needs ${built.missing.join(', ')}`)
  return built.virtualCluster
}
