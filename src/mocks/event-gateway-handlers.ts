// Event gateway routes the console reads: the list (for the picker) and one gateway.
import type { RequestHandler } from 'msw'
import type { OpenApiHttpHandlers } from 'openapi-msw'
import type { paths } from '../api/schema'
import type { HandlerContext } from './handler-context'
import { pageMeta, parsePageQuery } from './page-query'
import { gatewayNotFound, problemResponse } from './problem-response'

export function eventGatewayHandlers(
  http: OpenApiHttpHandlers<paths>,
  { store, wait }: HandlerContext,
): RequestHandler[] {
  return [
    http.get('/event-gateways', async ({ request, response }) => {
      await wait()
      const query = parsePageQuery(new URL(request.url).searchParams)
      if (!query.ok) {
        // problem+json rather than the typed helper's application/json.
        return response.untyped(problemResponse(400, 'Invalid query parameters.', query.problems))
      }
      const slice = store.listGateways(query.request)
      return response(200).json({
        meta: pageMeta('/event-gateways', query.request, slice),
        data: slice.items,
      })
    }),

    http.get('/event-gateways/{gatewayId}', async ({ params, response }) => {
      await wait()
      const gateway = store.getGateway(params.gatewayId)
      if (!gateway) return response.untyped(gatewayNotFound(params.gatewayId))
      return response(200).json(gateway)
    }),
  ]
}
