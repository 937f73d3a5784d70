// The routes check:budget measures, and the page module each loads: taken from the server's route
// table (server/route-pages.ts, which also decides what a deep link preloads), so the two agree.
import { pageModuleFor } from '../../server/route-pages'

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000'

function pageAt(path: string) {
  const module = pageModuleFor(path.replaceAll(/\$\w+/g, SAMPLE_ID))
  if (module === undefined) throw new Error(`server/route-pages.ts has no page for ${path}`)
  return { path, modules: [module] }
}

export const ROUTE_PAGE_MODULES = {
  new: pageAt('/event-gateways/$gatewayId/backend-clusters/new'),
  list: pageAt('/event-gateways/$gatewayId/backend-clusters'),
  detail: pageAt('/event-gateways/$gatewayId/backend-clusters/$backendClusterId'),
}

export type MeasuredRoute = keyof typeof ROUTE_PAGE_MODULES
