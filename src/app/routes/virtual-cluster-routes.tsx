// The virtual-cluster pages: list, new (and duplicate), detail and edit. Each page's code is its own
// chunk, loaded when the route is.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { virtualClusterQueries } from '../../api/queries/virtual-cluster-queries'
import {
  virtualClusterListParams,
  parseVirtualClusterListSearch,
} from '../../features/virtual-clusters/list/virtual-cluster-list-search'
import { assertUuid, orNotFound } from '../route-helpers'
import { optionalUuid, withoutAbsent } from '../../components/url-search'
import { gatewayRoute } from './root-routes'

const listRoute = createRoute({
  getParentRoute: () => gatewayRoute,
  path: '/virtual-clusters',
  validateSearch: parseVirtualClusterListSearch,
  loaderDeps: ({ search }) => search,
  // Starts the request without waiting for it, as the backend-cluster list does.
  loader: ({ context, params, deps }) => {
    context.queryClient
      .query(virtualClusterQueries.list(params.gatewayId, virtualClusterListParams(deps)))
      // The page's own query shows the failure, with Retry.
      .catch(() => undefined)
  },
  component: lazyRouteComponent(
    () => import('../../features/virtual-clusters/routes/virtual-cluster-list-page'),
    'VirtualClusterListPage',
  ),
})

interface NewVirtualClusterSearch {
  backend_cluster?: string
  duplicate?: string
}

const newRoute = createRoute({
  getParentRoute: () => gatewayRoute,
  path: '/virtual-clusters/new',
  // ?backend_cluster=<id> preselects the destination; ?duplicate=<id> opens a copy.
  validateSearch: (search: Record<string, unknown>): NewVirtualClusterSearch =>
    withoutAbsent({
      backend_cluster: optionalUuid(search.backend_cluster),
      duplicate: optionalUuid(search.duplicate),
    }),
  component: lazyRouteComponent(
    () => import('../../features/virtual-clusters/routes/virtual-cluster-new-page'),
    'VirtualClusterNewPage',
  ),
})

const itemRoute = createRoute({
  getParentRoute: () => gatewayRoute,
  path: '/virtual-clusters/$virtualClusterId',
  loader: async ({ context, params }) => {
    assertUuid(params.virtualClusterId)
    await orNotFound(
      context.queryClient.query({
        ...virtualClusterQueries.detail(params.gatewayId, params.virtualClusterId),
        staleTime: 'static',
      }),
    )
  },
  notFoundComponent: lazyRouteComponent(
    () => import('../../features/virtual-clusters/routes/virtual-cluster-not-found'),
    'VirtualClusterNotFound',
  ),
})

const detailRoute = createRoute({
  getParentRoute: () => itemRoute,
  path: '/',
  component: lazyRouteComponent(
    () => import('../../features/virtual-clusters/routes/virtual-cluster-detail-page'),
    'VirtualClusterDetailPage',
  ),
})

const editRoute = createRoute({
  getParentRoute: () => itemRoute,
  path: '/edit',
  component: lazyRouteComponent(
    () => import('../../features/virtual-clusters/routes/virtual-cluster-edit-page'),
    'VirtualClusterEditPage',
  ),
})

export const virtualClusterRoutes = [
  listRoute,
  newRoute,
  itemRoute.addChildren([detailRoute, editRoute]),
]
