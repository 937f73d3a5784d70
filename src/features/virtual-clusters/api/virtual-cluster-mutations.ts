import type {
  CreateVirtualClusterRequest,
  UpdateVirtualClusterRequest,
} from '../../../api/api-types'
import { apiClient, unwrap } from '../../../api/client'
import {
  useOptimisticDelete,
  usePendingDeletions as usePending,
  useSaveMutation,
} from '../../../api/entity-mutations'
import { eventGatewayQueries } from '../../../api/queries/event-gateway-queries'
import { virtualClusterQueries } from '../../../api/queries/virtual-cluster-queries'

// Mutations own their cache work; screens own navigation and notices. A backend cluster's "Used by"
// reads the virtual-cluster lists, so refreshing those refreshes it too.

/** Gateways count their virtual clusters (`virtual_clusters_total`). */
const RELATED = [eventGatewayQueries.all()]

const keysFor = (gatewayId: string) => ({
  lists: virtualClusterQueries.lists(gatewayId),
  detail: (id: string) => virtualClusterQueries.detail(gatewayId, id).queryKey,
})

export function useCreateVirtualCluster(gatewayId: string) {
  return useSaveMutation(
    keysFor(gatewayId),
    (body: CreateVirtualClusterRequest) =>
      unwrap(
        apiClient.POST('/event-gateways/{gatewayId}/virtual-clusters', {
          params: { path: { gatewayId } },
          body,
        }),
      ),
    RELATED,
  )
}

export function useUpdateVirtualCluster(gatewayId: string, virtualClusterId: string) {
  return useSaveMutation(keysFor(gatewayId), (body: UpdateVirtualClusterRequest) =>
    unwrap(
      apiClient.PUT('/event-gateways/{gatewayId}/virtual-clusters/{virtualClusterId}', {
        params: { path: { gatewayId, virtualClusterId } },
        body,
      }),
    ),
  )
}

const deleteMutationKey = (gatewayId: string) => ['virtual-clusters', gatewayId, 'delete'] as const

/** IDs of this gateway's virtual clusters being deleted right now (lists hide them). */
export function usePendingVirtualClusterDeletions(gatewayId: string): ReadonlySet<string> {
  return usePending(deleteMutationKey(gatewayId))
}

/** Gone from every list at once, back on failure; a 404 means someone else deleted it first. */
export function useDeleteVirtualCluster(gatewayId: string) {
  return useOptimisticDelete(
    deleteMutationKey(gatewayId),
    keysFor(gatewayId),
    (virtualClusterId) =>
      unwrap(
        apiClient.DELETE('/event-gateways/{gatewayId}/virtual-clusters/{virtualClusterId}', {
          params: { path: { gatewayId, virtualClusterId } },
        }),
      ),
    RELATED,
  )
}
