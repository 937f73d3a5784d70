// Virtual cluster routes: list (name and backend cluster filters), create, get, replace, delete;
// Konnect's status codes and errors, as for backend clusters.
import type { RequestHandler } from 'msw'
import type { OpenApiHttpHandlers } from 'openapi-msw'
import type { paths } from '../api/schema'
import type { HandlerContext } from './handler-context'
import { pageMeta, parsePageQuery } from './page-query'
import { gatewayNotFound, problemResponse, virtualClusterNotFound } from './problem-response'
import { readCheckedBody } from './read-checked-body'
import { storeFailureResponse } from './store-failure-response'
import { checkVirtualClusterBody } from './validate-virtual-cluster-body'
import { virtualClusterRuntimeProblems } from './virtual-cluster-prose-rules'

const COLLECTION = '/event-gateways/{gatewayId}/virtual-clusters'
const ITEM = '/event-gateways/{gatewayId}/virtual-clusters/{virtualClusterId}'

/** `filter[backend_cluster_id]` (or `[eq]`): an exact backend cluster id. */
const EQUALS_FILTERS = ['backend_cluster_id']

/* Errors go through `response.untyped`: problem+json with statuses the spec leaves out (404, 409). */
export function virtualClusterHandlers(
  http: OpenApiHttpHandlers<paths>,
  { store, wait }: HandlerContext,
): RequestHandler[] {
  const readBody = async (gatewayId: string, request: Request, mode: 'create' | 'replace') => {
    const gateway = store.getGateway(gatewayId)
    if (!gateway) return { ok: false as const, response: gatewayNotFound(gatewayId) }
    return readCheckedBody(
      request,
      (data) => checkVirtualClusterBody(mode, data),
      (body) => virtualClusterRuntimeProblems(body, gateway.min_runtime_version),
    )
  }

  return [
    http.get(COLLECTION, async ({ params, request, response }) => {
      await wait()
      const { gatewayId } = params
      if (!store.getGateway(gatewayId)) return response.untyped(gatewayNotFound(gatewayId))
      const query = parsePageQuery(new URL(request.url).searchParams, EQUALS_FILTERS)
      if (!query.ok) {
        return response.untyped(problemResponse(400, 'Invalid query parameters.', query.problems))
      }
      const slice = store.listVirtualClusters(gatewayId, query.request)
      if (!slice) return response.untyped(gatewayNotFound(gatewayId))
      return response(200).json({
        meta: pageMeta(`/event-gateways/${gatewayId}/virtual-clusters`, query.request, slice),
        data: slice.items,
      })
    }),

    http.post(COLLECTION, async ({ params, request, response }) => {
      await wait()
      const checked = await readBody(params.gatewayId, request, 'create')
      if (!checked.ok) return response.untyped(checked.response)
      const result = store.createVirtualCluster(params.gatewayId, checked.body)
      if (!result.ok) return response.untyped(storeFailureResponse(result, params))
      return response(201).json(result.value)
    }),

    http.get(ITEM, async ({ params, response }) => {
      await wait()
      const { gatewayId, virtualClusterId } = params
      if (!store.getGateway(gatewayId)) return response.untyped(gatewayNotFound(gatewayId))
      const virtualCluster = store.getVirtualCluster(gatewayId, virtualClusterId)
      if (!virtualCluster) return response.untyped(virtualClusterNotFound(virtualClusterId))
      return response(200).json(virtualCluster)
    }),

    http.put(ITEM, async ({ params, request, response }) => {
      await wait()
      const { gatewayId, virtualClusterId } = params
      // No upsert: an unknown virtual cluster is a 404 before its body is read.
      if (
        store.getGateway(gatewayId) &&
        !store.getStoredVirtualCluster(gatewayId, virtualClusterId)
      ) {
        return response.untyped(virtualClusterNotFound(virtualClusterId))
      }
      const checked = await readBody(gatewayId, request, 'replace')
      if (!checked.ok) return response.untyped(checked.response)
      const result = store.replaceVirtualCluster(gatewayId, virtualClusterId, checked.body)
      if (!result.ok) return response.untyped(storeFailureResponse(result, params))
      return response(200).json(result.value)
    }),

    http.delete(ITEM, async ({ params, response }) => {
      await wait()
      const result = store.deleteVirtualCluster(params.gatewayId, params.virtualClusterId)
      if (!result.ok) return response.untyped(storeFailureResponse(result, params))
      return response(204).empty()
    }),
  ]
}
