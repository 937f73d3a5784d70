// Backend cluster routes: list, create, get, replace, delete; Konnect's status codes and errors.
import { HttpResponse, type RequestHandler } from 'msw'
import type { OpenApiHttpHandlers } from 'openapi-msw'
import type { BackendClusterListResponse } from '../api/api-types'
import type { paths } from '../api/schema'
import type { BackendClusterView } from './backend-cluster-record'
import { runtimeVersionProblems } from './backend-cluster-prose-rules'
import type { HandlerContext } from './handler-context'
import { pageMeta, parsePageQuery } from './page-query'
import { clusterNotFound, gatewayNotFound, problemResponse } from './problem-response'
import { readCheckedBody } from './read-checked-body'
import { storeFailureResponse } from './store-failure-response'
import { checkBackendClusterBody } from './validate-backend-cluster-body'

type ClusterListBody = Omit<BackendClusterListResponse, 'data'> & { data: BackendClusterView[] }

const COLLECTION = '/event-gateways/{gatewayId}/backend-clusters'
const ITEM = '/event-gateways/{gatewayId}/backend-clusters/{backendClusterId}'

/*
 * Every answer goes through `response.untyped`: errors are problem+json with statuses the spec
 * leaves out for these operations (404, 409), and cluster bodies are BackendClusterView, where a
 * plaintext `tls.client_identity.key` is omitted although the spec marks it required.
 */
export function backendClusterHandlers(
  http: OpenApiHttpHandlers<paths>,
  { store, wait }: HandlerContext,
): RequestHandler[] {
  /** Gateway exists, body is JSON, passes the spec's schema and prose rules and the gateway's runtime. */
  const readClusterBody = async (
    gatewayId: string,
    request: Request,
    mode: 'create' | 'replace',
  ) => {
    const gateway = store.getGateway(gatewayId)
    if (!gateway) return { ok: false as const, response: gatewayNotFound(gatewayId) }
    return readCheckedBody(
      request,
      (data) => checkBackendClusterBody(mode, data),
      (body) => runtimeVersionProblems(body, gateway.min_runtime_version),
    )
  }

  return [
    http.get(COLLECTION, async ({ params, request, response }) => {
      await wait()
      const { gatewayId } = params
      if (!store.getGateway(gatewayId)) return response.untyped(gatewayNotFound(gatewayId))
      const query = parsePageQuery(new URL(request.url).searchParams)
      if (!query.ok) {
        return response.untyped(problemResponse(400, 'Invalid query parameters.', query.problems))
      }
      const slice = store.listClusters(gatewayId, query.request)
      if (!slice) return response.untyped(gatewayNotFound(gatewayId))
      const body: ClusterListBody = {
        meta: pageMeta(`/event-gateways/${gatewayId}/backend-clusters`, query.request, slice),
        data: slice.items,
      }
      return response.untyped(HttpResponse.json(body))
    }),

    http.post(COLLECTION, async ({ params, request, response }) => {
      await wait()
      const checked = await readClusterBody(params.gatewayId, request, 'create')
      if (!checked.ok) return response.untyped(checked.response)
      const result = store.createCluster(params.gatewayId, checked.body)
      if (!result.ok) return response.untyped(storeFailureResponse(result, params))
      return response.untyped(HttpResponse.json(result.value, { status: 201 }))
    }),

    http.get(ITEM, async ({ params, response }) => {
      await wait()
      const { gatewayId, backendClusterId } = params
      if (!store.getGateway(gatewayId)) return response.untyped(gatewayNotFound(gatewayId))
      const cluster = store.getCluster(gatewayId, backendClusterId)
      if (!cluster) return response.untyped(clusterNotFound(backendClusterId))
      return response.untyped(HttpResponse.json(cluster))
    }),

    http.put(ITEM, async ({ params, request, response }) => {
      await wait()
      const { gatewayId, backendClusterId } = params
      if (store.getGateway(gatewayId) && !store.getStoredCluster(gatewayId, backendClusterId)) {
        return response.untyped(clusterNotFound(backendClusterId))
      }
      const checked = await readClusterBody(gatewayId, request, 'replace')
      if (!checked.ok) return response.untyped(checked.response)
      const result = store.replaceCluster(gatewayId, backendClusterId, checked.body)
      if (!result.ok) return response.untyped(storeFailureResponse(result, params))
      return response.untyped(HttpResponse.json(result.value))
    }),

    http.delete(ITEM, async ({ params, response }) => {
      await wait()
      const result = store.deleteCluster(params.gatewayId, params.backendClusterId)
      if (!result.ok) return response.untyped(storeFailureResponse(result, params))
      return response(204).empty()
    }),
  ]
}
