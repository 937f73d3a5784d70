import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router'
import { z } from 'zod'
import { NotFoundState } from '../components/not-found-state'
import { RouteError } from '../components/route-error'
import { backendClusterQueries } from '../api/queries/backend-cluster-queries'
import { listParamsFromSearch, listSearchSchema } from '../components/list/list-search'
import { eventGatewayQueries } from '../api/queries/event-gateway-queries'
import { assertUuid, orNotFound } from './route-helpers'
import { AppShell } from './shell/app-shell'

export interface RouterContext {
  queryClient: QueryClient
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppShell,
  notFoundComponent: () => <NotFoundState />,
  errorComponent: RouteError,
})

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/event-gateways', replace: true })
  },
})

const gatewayListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/event-gateways',
  loader: ({ context }) =>
    context.queryClient.query({ ...eventGatewayQueries.list(), staleTime: 'static' }),
  component: lazyRouteComponent(
    () => import('../features/event-gateways/routes/event-gateway-list-page'),
    'EventGatewayListPage',
  ),
})

const gatewayRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/event-gateways/$gatewayId',
  loader: async ({ context, params }) => {
    assertUuid(params.gatewayId)
    await orNotFound(
      context.queryClient.query({
        ...eventGatewayQueries.detail(params.gatewayId),
        staleTime: 'static',
      }),
    )
  },
  notFoundComponent: () => (
    <NotFoundState
      title="Event gateway not found"
      message="No event gateway has this ID in your organization. It may have been deleted."
    />
  ),
})

const gatewayIndexRoute = createRoute({
  getParentRoute: () => gatewayRoute,
  path: '/',
  beforeLoad: ({ params }) => {
    throw redirect({
      to: '/event-gateways/$gatewayId/backend-clusters',
      params: { gatewayId: params.gatewayId },
      replace: true,
    })
  },
})

const clusterListRoute = createRoute({
  getParentRoute: () => gatewayRoute,
  path: '/backend-clusters',
  validateSearch: listSearchSchema,
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
    () => import('../features/backend-clusters/routes/backend-cluster-list-page'),
    'BackendClusterListPage',
  ),
})

const clusterNewRoute = createRoute({
  getParentRoute: () => gatewayRoute,
  path: '/backend-clusters/new',
  // ?duplicate=<id> opens the form as a copy of that cluster.
  validateSearch: z.object({ duplicate: z.uuid().optional().catch(undefined) }),
  component: lazyRouteComponent(
    () => import('../features/backend-clusters/routes/backend-cluster-new-page'),
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
    () => import('../features/backend-clusters/routes/backend-cluster-not-found'),
    'BackendClusterNotFound',
  ),
})

const clusterDetailRoute = createRoute({
  getParentRoute: () => clusterRoute,
  path: '/',
  component: lazyRouteComponent(
    () => import('../features/backend-clusters/routes/backend-cluster-detail-page'),
    'BackendClusterDetailPage',
  ),
})

const clusterEditRoute = createRoute({
  getParentRoute: () => clusterRoute,
  path: '/edit',
  component: lazyRouteComponent(
    () => import('../features/backend-clusters/routes/backend-cluster-edit-page'),
    'BackendClusterEditPage',
  ),
})

const routeTree = rootRoute.addChildren([
  indexRoute,
  gatewayListRoute,
  gatewayRoute.addChildren([
    gatewayIndexRoute,
    clusterListRoute,
    clusterNewRoute,
    clusterRoute.addChildren([clusterDetailRoute, clusterEditRoute]),
  ]),
])

export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient },
    defaultPreload: 'intent',
    // React Query owns caching; the router always asks it.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
