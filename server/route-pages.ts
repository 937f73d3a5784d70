// Which page module each of the app's routes loads (the import() in its lazyRouteComponent, in
// src/app/routes/), keyed by a pattern on the path. The server preloads a deep link's page chunks
// from this table; check:budget measures three of them and fails when a module here is missing
// from the build, so a moved page cannot silently lose its preload.

const ID = '[^/]+'
const FEATURES = 'src/features'

export interface RoutePage {
  pattern: RegExp
  module: string
}

function route(path: string, module: string): RoutePage {
  return { pattern: new RegExp(`^${path}/?$`), module: `${FEATURES}/${module}` }
}

export const ROUTE_PAGES: readonly RoutePage[] = [
  route('/event-gateways', 'event-gateways/routes/event-gateway-list-page.tsx'),
  route(
    `/event-gateways/${ID}/backend-clusters`,
    'backend-clusters/routes/backend-cluster-list-page.tsx',
  ),
  route(
    `/event-gateways/${ID}/backend-clusters/new`,
    'backend-clusters/routes/backend-cluster-new-page.tsx',
  ),
  route(
    `/event-gateways/${ID}/backend-clusters/(?!new/?$)${ID}`,
    'backend-clusters/routes/backend-cluster-detail-page.tsx',
  ),
  route(
    `/event-gateways/${ID}/backend-clusters/${ID}/edit`,
    'backend-clusters/routes/backend-cluster-edit-page.tsx',
  ),
  route(
    `/event-gateways/${ID}/virtual-clusters`,
    'virtual-clusters/routes/virtual-cluster-list-page.tsx',
  ),
  route(
    `/event-gateways/${ID}/virtual-clusters/new`,
    'virtual-clusters/routes/virtual-cluster-new-page.tsx',
  ),
  route(
    `/event-gateways/${ID}/virtual-clusters/(?!new/?$)${ID}`,
    'virtual-clusters/routes/virtual-cluster-detail-page.tsx',
  ),
  route(
    `/event-gateways/${ID}/virtual-clusters/${ID}/edit`,
    'virtual-clusters/routes/virtual-cluster-edit-page.tsx',
  ),
]

/** What a signed-out visitor sees on any path in sign-in mode, loaded lazily by the app. */
export const SIGN_IN_PAGE = 'src/app/session/sign-in-page.tsx'

/** The page module a path loads, if it is one of the app's pages. */
export function pageModuleFor(pathname: string): string | undefined {
  return ROUTE_PAGES.find(({ pattern }) => pattern.test(pathname))?.module
}
