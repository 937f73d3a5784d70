import type { BackendCluster } from '../../api/api-types'
import { buildStoredCluster, type IncomingClusterBody } from '../backend-cluster-record'

/** Seeds go through the same default-filling as a create, so they look exactly like created ones. */
export function seedCluster(
  meta: { id: string; createdAt: string; updatedAt?: string },
  body: IncomingClusterBody,
): BackendCluster {
  const built = buildStoredCluster(body, { ...meta, updatedAt: meta.updatedAt ?? meta.createdAt })
  if (!built.ok) throw new Error(`Seed cluster ${body.name} needs a password`)
  return built.cluster
}
