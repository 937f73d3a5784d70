import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { apiClient, unwrap } from '../client'
import { listQuery, type ListParams } from '../list-params'

export const backendClusterQueries = {
  all: () => ['backend-clusters'] as const,
  gateway: (gatewayId: string) => [...backendClusterQueries.all(), gatewayId] as const,
  lists: (gatewayId: string) => [...backendClusterQueries.gateway(gatewayId), 'list'] as const,
  list: (gatewayId: string, params: ListParams) =>
    queryOptions({
      queryKey: [...backendClusterQueries.lists(gatewayId), params] as const,
      queryFn: ({ signal }) =>
        unwrap(
          apiClient.GET('/event-gateways/{gatewayId}/backend-clusters', {
            params: {
              path: { gatewayId },
              query: listQuery(params),
            },
            signal,
          }),
        ),
      placeholderData: keepPreviousData,
    }),
  details: (gatewayId: string) => [...backendClusterQueries.gateway(gatewayId), 'detail'] as const,
  detail: (gatewayId: string, backendClusterId: string) =>
    queryOptions({
      queryKey: [...backendClusterQueries.details(gatewayId), backendClusterId] as const,
      queryFn: ({ signal }) =>
        unwrap(
          apiClient.GET('/event-gateways/{gatewayId}/backend-clusters/{backendClusterId}', {
            params: { path: { gatewayId, backendClusterId } },
            signal,
          }),
        ),
    }),
}
