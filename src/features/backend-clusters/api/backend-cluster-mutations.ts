import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../api/api-error'
import type {
  BackendCluster,
  BackendClusterListResponse,
  CreateBackendClusterRequest,
  UpdateBackendClusterRequest,
} from '../../../api/api-types'
import { apiClient, unwrap } from '../../../api/client'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'

// Mutations own their cache work; screens own navigation and notices (mutate(vars, { onSuccess })).

export function useCreateBackendCluster(gatewayId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    // The body may hold a plaintext password: don't keep it in the mutation cache after the call.
    gcTime: 0,
    mutationFn: (body: CreateBackendClusterRequest) =>
      unwrap(
        apiClient.POST('/event-gateways/{gatewayId}/backend-clusters', {
          params: { path: { gatewayId } },
          body,
        }),
      ),
    onSuccess: async (cluster: BackendCluster) => {
      queryClient.setQueryData(
        backendClusterQueries.detail(gatewayId, cluster.id).queryKey,
        cluster,
      )
      await queryClient.invalidateQueries({ queryKey: backendClusterQueries.lists(gatewayId) })
    },
  })
}

export function useUpdateBackendCluster(gatewayId: string, backendClusterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    gcTime: 0,
    mutationFn: (body: UpdateBackendClusterRequest) =>
      unwrap(
        apiClient.PUT('/event-gateways/{gatewayId}/backend-clusters/{backendClusterId}', {
          params: { path: { gatewayId, backendClusterId } },
          body,
        }),
      ),
    onSuccess: async (cluster: BackendCluster) => {
      queryClient.setQueryData(
        backendClusterQueries.detail(gatewayId, cluster.id).queryKey,
        cluster,
      )
      await queryClient.invalidateQueries({ queryKey: backendClusterQueries.lists(gatewayId) })
    },
  })
}

export type DeleteOutcome = 'deleted' | 'already-gone'

const deleteMutationKey = (gatewayId: string) => ['backend-clusters', gatewayId, 'delete'] as const

/**
 * IDs being deleted right now. Lists hide them even when their data was fetched after the delete
 * began (e.g. the list a detail page returns to), so a deleted row never flickers back.
 */
export function usePendingDeletions(gatewayId: string): ReadonlySet<string> {
  const ids = useMutationState({
    filters: { mutationKey: deleteMutationKey(gatewayId), status: 'pending' },
    select: (mutation) => mutation.state.variables as string,
  })
  return new Set(ids)
}

/**
 * Deletes at once in every cached list (the row disappears before the API answers) and puts it back
 * if the DELETE fails. A 404 means someone else deleted it first: that is success, not an error.
 */
export function useDeleteBackendCluster(gatewayId: string) {
  const queryClient = useQueryClient()
  const lists = backendClusterQueries.lists(gatewayId)
  const removeFromLists = (backendClusterId: string) =>
    queryClient.setQueriesData<BackendClusterListResponse>({ queryKey: lists }, (page) =>
      page
        ? { ...page, data: page.data?.filter((cluster) => cluster.id !== backendClusterId) }
        : page,
    )
  return useMutation({
    mutationKey: deleteMutationKey(gatewayId),
    mutationFn: async (backendClusterId: string): Promise<DeleteOutcome> => {
      try {
        await unwrap(
          apiClient.DELETE('/event-gateways/{gatewayId}/backend-clusters/{backendClusterId}', {
            params: { path: { gatewayId, backendClusterId } },
          }),
        )
        return 'deleted'
      } catch (error) {
        if (isApiError(error, 404)) return 'already-gone'
        throw error
      }
    },
    onMutate: async (backendClusterId: string) => {
      await queryClient.cancelQueries({ queryKey: lists })
      const snapshots = queryClient.getQueriesData<BackendClusterListResponse>({ queryKey: lists })
      removeFromLists(backendClusterId)
      return { snapshots }
    },
    onError: (_error, _id, context) => {
      for (const [key, data] of context?.snapshots ?? []) queryClient.setQueryData(key, data)
    },
    onSuccess: async (_outcome, backendClusterId) => {
      // A list fetched while the DELETE was on its way may still hold the row: drop it again.
      await queryClient.cancelQueries({ queryKey: lists })
      removeFromLists(backendClusterId)
      queryClient.removeQueries({
        queryKey: backendClusterQueries.detail(gatewayId, backendClusterId).queryKey,
      })
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: lists }),
  })
}
