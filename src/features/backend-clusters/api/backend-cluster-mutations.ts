import type {
  CreateBackendClusterRequest,
  UpdateBackendClusterRequest,
} from '../../../api/api-types'
import { apiClient, unwrap } from '../../../api/client'
import {
  useOptimisticDelete,
  usePendingDeletions as usePending,
  useSaveMutation,
} from '../../../api/entity-mutations'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'
import { virtualClusterQueries } from '../../../api/queries/virtual-cluster-queries'

// Mutations own their cache work; screens own navigation and notices (mutate(vars, { onSuccess })).

const keysFor = (gatewayId: string) => ({
  lists: backendClusterQueries.lists(gatewayId),
  detail: (id: string) => backendClusterQueries.detail(gatewayId, id).queryKey,
})

export function useCreateBackendCluster(gatewayId: string) {
  return useSaveMutation(keysFor(gatewayId), (body: CreateBackendClusterRequest) =>
    unwrap(
      apiClient.POST('/event-gateways/{gatewayId}/backend-clusters', {
        params: { path: { gatewayId } },
        body,
      }),
    ),
  )
}

export function useUpdateBackendCluster(gatewayId: string, backendClusterId: string) {
  return useSaveMutation(
    keysFor(gatewayId),
    (body: UpdateBackendClusterRequest) =>
      unwrap(
        apiClient.PUT('/event-gateways/{gatewayId}/backend-clusters/{backendClusterId}', {
          params: { path: { gatewayId, backendClusterId } },
          body,
        }),
      ),
    // Virtual clusters show their destination's name.
    [virtualClusterQueries.gateway(gatewayId)],
  )
}

const deleteMutationKey = (gatewayId: string) => ['backend-clusters', gatewayId, 'delete'] as const

/** IDs of this gateway's backend clusters being deleted right now (lists hide them). */
export function usePendingDeletions(gatewayId: string): ReadonlySet<string> {
  return usePending(deleteMutationKey(gatewayId))
}

/** Gone from every list at once, back on failure; a 404 means someone else deleted it first. */
export function useDeleteBackendCluster(gatewayId: string) {
  return useOptimisticDelete(deleteMutationKey(gatewayId), keysFor(gatewayId), (backendClusterId) =>
    unwrap(
      apiClient.DELETE('/event-gateways/{gatewayId}/backend-clusters/{backendClusterId}', {
        params: { path: { gatewayId, backendClusterId } },
      }),
    ),
  )
}
