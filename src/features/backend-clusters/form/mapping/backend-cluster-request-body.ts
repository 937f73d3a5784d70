// What the previews render: the body the form would send, for create or for update.
import type {
  CreateBackendClusterRequest,
  UpdateBackendClusterRequest,
} from '../../../../api/api-types'

export type BackendClusterRequestBody = CreateBackendClusterRequest | UpdateBackendClusterRequest

export type HttpMethod = 'POST' | 'PUT'

/** The Konnect API path of the backend-cluster collection, or of one cluster. */
export function backendClusterApiPath(gatewayId: string, clusterId?: string): string {
  const collection = `/v1/event-gateways/${encodeURIComponent(gatewayId)}/backend-clusters`
  return clusterId === undefined ? collection : `${collection}/${encodeURIComponent(clusterId)}`
}
