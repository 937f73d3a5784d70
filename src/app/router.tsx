import type { QueryClient } from '@tanstack/react-query'
import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { RouteError } from '../components/route-error'
import { backendClusterRoutes } from './routes/backend-cluster-routes'
import {
  gatewayIndexRoute,
  gatewayListRoute,
  gatewayRoute,
  indexRoute,
  rootRoute,
} from './routes/root-routes'
import { virtualClusterRoutes } from './routes/virtual-cluster-routes'

export type { RouterContext } from './routes/root-routes'

const routeTree = rootRoute.addChildren([
  indexRoute,
  gatewayListRoute,
  gatewayRoute.addChildren([gatewayIndexRoute, ...backendClusterRoutes, ...virtualClusterRoutes]),
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

export type AppRouter = ReturnType<typeof createAppRouter>

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter
  }
}

declare module '@tanstack/react-router' {
  interface HistoryState {
    /** Set by the New backend cluster page's save, for the next-step hint on the detail page. */
    createdBackendCluster?: boolean
  }
}
