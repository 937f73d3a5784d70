// The backend-cluster pages: list, new (and duplicate), detail and edit. Each page's code is its own
// chunk, loaded when the route is.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { backendClusterQueries } from '../../api/queries/backend-cluster-queries'
import { listParamsFromSearch, parseListSearch } from '../../components/list/list-search'
import { optionalUuid, withoutAbsent } from '../../components/url-search'
import { assertUuid, orNotFound } from '../route-helpers'
import { usedByQuery } from '../../features/backend-clusters/used-by/used-by-query'
import { gatewayRoute } from './root-routes'

const clusterListRoute = createRoute({
  getParentRoute: () => gatewayRoute,
  path: '/backend-clusters',
  validateSearch: parseListSearch,
  loaderDeps: ({ search }) => search,
  // Starts the request without waiting for it: the page shows skeleton rows at first, keeps the
  // previous rows while a new search or page loads, and shows errors in place of the table.
  // The page's query is built the same way (listParamsFromSearch), so it finds this request.
  loader: ({ context, params, deps }) => {
    context.queryClient
      .query(backendClusterQueries.list(params.gatewayId, listParamsFromSearch(deps)))
      // The page's own query shows the failure, with Retry.
      .catch(() => undefined)
  },
  component: lazyRouteComponent(
    () => import('../../features/backend-clusters/routes/backend-cluster-list-page'),
    'BackendClusterListPage',
  ),
})

const clusterNewRoute = createRoute({
  getParentRoute: () => gatewayRoute,
  path: '/backend-clusters/new',
  // ?duplicate=<id> opens the form as a copy of that cluster.
  validateSearch: (search: Record<string, unknown>): { duplicate?: string } =>
    withoutAbsent({ duplicate: optionalUuid(search.duplicate) }),
  component: lazyRouteComponent(
    () => import('../../features/backend-clusters/routes/backend-cluster-new-page'),
    'BackendClusterNewPage',
  ),
})

const clusterRoute = createRoute({
  getParentRoute: () => gatewayRoute,
  path: '/backend-clusters/$backendClusterId',
  loader: async ({ context, params }) => {
    assertUuid(params.backendClusterId)
    await orNotFound(
      context.queryClient.query({
        ...backendClusterQueries.detail(params.gatewayId, params.backendClusterId),
        staleTime: 'static',
      }),
    )
  },
  notFoundComponent: lazyRouteComponent(
    () => import('../../features/backend-clusters/routes/backend-cluster-not-found'),
    'BackendClusterNotFound',
  ),
})

const clusterDetailRoute = createRoute({
  getParentRoute: () => clusterRoute,
  path: '/',
  // Waits for "Used by" beside the cluster (in parallel), so the page does not jump down when it
  // arrives; a failure is the section's own to show, with Retry.
  loader: async ({ context, params }) => {
    await context.queryClient
      .query(usedByQuery(params.gatewayId, params.backendClusterId))
      .catch(() => undefined)
  },
  component: lazyRouteComponent(
    () => import('../../features/backend-clusters/routes/backend-cluster-detail-page'),
    'BackendClusterDetailPage',
  ),
})

const clusterEditRoute = createRoute({
  getParentRoute: () => clusterRoute,
  path: '/edit',
  component: lazyRouteComponent(
    () => import('../../features/backend-clusters/routes/backend-cluster-edit-page'),
    'BackendClusterEditPage',
  ),
})

export const backendClusterRoutes = [
  clusterListRoute,
  clusterNewRoute,
  clusterRoute.addChildren([clusterDetailRoute, clusterEditRoute]),
]
