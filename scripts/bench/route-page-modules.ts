// Which module each measured route loads lazily as its page: the import() inside the route's
// lazyRouteComponent in src/app/router.tsx. check:budget checks every file here against the build
// manifest (it must be lazily imported by the entry's chunks) and stops when one is not, so a moved
// or renamed page cannot go unmeasured.

export const ROUTE_PAGE_MODULES = {
  new: {
    path: '/event-gateways/$gatewayId/backend-clusters/new',
    modules: ['src/features/backend-clusters/routes/backend-cluster-new-page.tsx'],
  },
  list: {
    path: '/event-gateways/$gatewayId/backend-clusters',
    modules: ['src/features/backend-clusters/routes/backend-cluster-list-page.tsx'],
  },
  detail: {
    path: '/event-gateways/$gatewayId/backend-clusters/$backendClusterId',
    modules: ['src/features/backend-clusters/routes/backend-cluster-detail-page.tsx'],
  },
} as const satisfies Record<string, { path: string; modules: readonly string[] }>

export type MeasuredRoute = keyof typeof ROUTE_PAGE_MODULES
