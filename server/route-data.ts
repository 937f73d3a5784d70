// The Konnect reads a deep link's page waits for before it can draw (its route loaders), named in
// the HTML as <link rel="preload" as="fetch">: the browser starts them beside the scripts instead
// of after them, and the app's own request takes the preloaded answer. Each URL must be the app's
// request to the byte (path, parameter order), or the browser asks twice; e2e/konnect/route-data
// .spec.ts loads each page and fails on a read the preloads did not serve.

/** Where the app calls Konnect through this server (src/config/app-config.ts, API_BASE_PATH). */
const API = '/api/konnect'
/** A list page's first page without search parameters (src/components/list/list-search.ts). */
const LIST_PAGE_SIZE = 25
/** The gateway list asks for one large page (src/api/queries/event-gateway-queries.ts). */
const GATEWAY_LIST_PAGE_SIZE = 100
/** "Used by" on a backend cluster's page (src/features/backend-clusters/used-by/used-by-query.ts). */
const USED_BY_PAGE_SIZE = 25

// The app treats anything but a UUID as not found before asking Konnect (src/api/uuid.ts); the
// strict pattern also keeps anything but hex digits and dashes out of the markup.
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'

interface RouteReads {
  pattern: RegExp
  /** The reads for the captured IDs; `plain` is false when the link has a query string. */
  reads: (ids: readonly string[], plain: boolean) => string[]
}

function route(path: string, reads: RouteReads['reads']): RouteReads {
  return { pattern: new RegExp(`^${path}/?$`), reads }
}

const gateway = (id: string) => `${API}/event-gateways/${id}`
const firstPage = (url: string, plain: boolean) =>
  plain ? [`${url}?page[size]=${String(LIST_PAGE_SIZE)}`] : []

const GATEWAY = `/event-gateways/(${UUID})`

const ROUTE_READS: readonly RouteReads[] = [
  route('/event-gateways', () => [
    `${API}/event-gateways?page[size]=${String(GATEWAY_LIST_PAGE_SIZE)}`,
  ]),
  // The gateway's own path redirects to its backend clusters, search dropped.
  route(GATEWAY, ([gw = '']) => [
    gateway(gw),
    ...firstPage(`${gateway(gw)}/backend-clusters`, true),
  ]),
  route(`${GATEWAY}/backend-clusters`, ([gw = ''], plain) => [
    gateway(gw),
    ...firstPage(`${gateway(gw)}/backend-clusters`, plain),
  ]),
  route(`${GATEWAY}/backend-clusters/new`, ([gw = '']) => [gateway(gw)]),
  route(`${GATEWAY}/backend-clusters/(${UUID})`, ([gw = '', cluster = '']) => [
    gateway(gw),
    `${gateway(gw)}/backend-clusters/${cluster}`,
    `${gateway(gw)}/virtual-clusters?page[size]=${String(USED_BY_PAGE_SIZE)}&filter[backend_cluster_id][eq]=${cluster}`,
  ]),
  route(`${GATEWAY}/backend-clusters/(${UUID})/edit`, ([gw = '', cluster = '']) => [
    gateway(gw),
    `${gateway(gw)}/backend-clusters/${cluster}`,
  ]),
  route(`${GATEWAY}/virtual-clusters`, ([gw = ''], plain) => [
    gateway(gw),
    ...firstPage(`${gateway(gw)}/virtual-clusters`, plain),
  ]),
  route(`${GATEWAY}/virtual-clusters/new`, ([gw = '']) => [gateway(gw)]),
  route(`${GATEWAY}/virtual-clusters/(${UUID})(?:/edit)?`, ([gw = '', virtual = '']) => [
    gateway(gw),
    `${gateway(gw)}/virtual-clusters/${virtual}`,
  ]),
]

/**
 * The Konnect reads (paths under this server) the page at `pathname` waits for, in no set order;
 * `plain` when its link has no query string (a list's search, size or cursor).
 */
export function routeReads(pathname: string, plain: boolean): string[] {
  for (const { pattern, reads } of ROUTE_READS) {
    const match = pattern.exec(pathname)
    if (match) return reads(match.slice(1), plain)
  }
  return []
}

/** `<link rel="preload" as="fetch">` markup for those reads ('' when there are none). */
export function routeDataPreloads(pathname: string, plain: boolean): string {
  return routeReads(pathname, plain)
    .map((url) => `<link rel="preload" as="fetch" crossorigin href="${url}">`)
    .join('')
}
