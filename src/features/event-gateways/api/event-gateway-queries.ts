import { queryOptions } from '@tanstack/react-query'
import { apiClient, unwrap } from '../../../api/client'

export interface EventGatewayListParams {
  nameContains?: string
  pageSize?: number
  after?: string
}

export const eventGatewayQueries = {
  all: () => ['event-gateways'] as const,
  lists: () => [...eventGatewayQueries.all(), 'list'] as const,
  list: (params: EventGatewayListParams = {}) =>
    queryOptions({
      queryKey: [...eventGatewayQueries.lists(), params] as const,
      queryFn: ({ signal }) =>
        unwrap(
          apiClient.GET('/event-gateways', {
            params: {
              query: {
                'page[size]': params.pageSize ?? 100,
                'page[after]': params.after,
                filter: params.nameContains
                  ? { name: { contains: params.nameContains } }
                  : undefined,
              },
            },
            signal,
          }),
        ),
    }),
  details: () => [...eventGatewayQueries.all(), 'detail'] as const,
  detail: (gatewayId: string) =>
    queryOptions({
      queryKey: [...eventGatewayQueries.details(), gatewayId] as const,
      queryFn: ({ signal }) =>
        unwrap(
          apiClient.GET('/event-gateways/{gatewayId}', { params: { path: { gatewayId } }, signal }),
        ),
    }),
}
