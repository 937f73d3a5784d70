import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router'
import { eventGatewayQueries } from '../../api/queries/event-gateway-queries'
import { NotFoundState } from '../../components/not-found-state'
import { RouteError } from '../../components/route-error'
import { assertUuid, orNotFound } from '../route-helpers'
import { AppShell } from '../shell/app-shell'

export interface RouterContext {
  queryClient: QueryClient
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppShell,
  notFoundComponent: () => <NotFoundState />,
  errorComponent: RouteError,
})

export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/event-gateways', replace: true })
  },
})

export const gatewayListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/event-gateways',
  loader: ({ context }) =>
    context.queryClient.query({ ...eventGatewayQueries.list(), staleTime: 'static' }),
  component: lazyRouteComponent(
    () => import('../../features/event-gateways/routes/event-gateway-list-page'),
    'EventGatewayListPage',
  ),
})

export const gatewayRoute = createRoute({
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

export const gatewayIndexRoute = createRoute({
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
