import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { apiClient, unwrap } from '../client'
import { listQuery, type ListParams } from '../list-params'

export interface VirtualClusterListParams extends ListParams {
  /** Only the virtual clusters routed to this backend cluster (`filter[backend_cluster_id][eq]`). */
  backendClusterId?: string
}

export const virtualClusterQueries = {
  all: () => ['virtual-clusters'] as const,
  gateway: (gatewayId: string) => [...virtualClusterQueries.all(), gatewayId] as const,
  lists: (gatewayId: string) => [...virtualClusterQueries.gateway(gatewayId), 'list'] as const,
  list: (gatewayId: string, params: VirtualClusterListParams) =>
    queryOptions({
      queryKey: [...virtualClusterQueries.lists(gatewayId), params] as const,
      queryFn: ({ signal }) => {
        const { filter, ...paging } = listQuery(params)
        const byBackend = params.backendClusterId ? { eq: params.backendClusterId } : undefined
        return unwrap(
          apiClient.GET('/event-gateways/{gatewayId}/virtual-clusters', {
            params: {
              path: { gatewayId },
              query: {
                ...paging,
                filter:
                  filter || byBackend ? { ...filter, backend_cluster_id: byBackend } : undefined,
              },
            },
            signal,
          }),
        )
      },
      placeholderData: keepPreviousData,
    }),
  details: (gatewayId: string) => [...virtualClusterQueries.gateway(gatewayId), 'detail'] as const,
  detail: (gatewayId: string, virtualClusterId: string) =>
    queryOptions({
      queryKey: [...virtualClusterQueries.details(gatewayId), virtualClusterId] as const,
      queryFn: ({ signal }) =>
        unwrap(
          apiClient.GET('/event-gateways/{gatewayId}/virtual-clusters/{virtualClusterId}', {
            params: { path: { gatewayId, virtualClusterId } },
            signal,
          }),
        ),
    }),
}
