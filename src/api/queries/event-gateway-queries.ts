import { queryOptions } from '@tanstack/react-query'
import { apiClient, unwrap } from '../client'

export const eventGatewayQueries = {
  all: () => ['event-gateways'] as const,
  lists: () => [...eventGatewayQueries.all(), 'list'] as const,
  /** The first 100 gateways: an organization rarely has more, and the table pages no further. */
  list: () =>
    queryOptions({
      queryKey: eventGatewayQueries.lists(),
      queryFn: ({ signal }) =>
        unwrap(
          apiClient.GET('/event-gateways', {
            params: {
              query: {
                'page[size]': 100,
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
