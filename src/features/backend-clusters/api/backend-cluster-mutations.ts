import { useMutation, useQueryClient } from '@tanstack/react-query'
import type {
  BackendCluster,
  CreateBackendClusterRequest,
  UpdateBackendClusterRequest,
} from '../../../api/api-types'
import { apiClient, unwrap } from '../../../api/client'
import { backendClusterQueries } from './backend-cluster-queries'

// Mutations own their cache work; screens own navigation and notices (mutate(vars, { onSuccess })).

export function useCreateBackendCluster(gatewayId: string) {
  const queryClient = useQueryClient()
  return useMutation({
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
