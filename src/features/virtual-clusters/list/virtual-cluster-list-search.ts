// The virtual-cluster list's URL: the shared search, size and cursor, plus the backend-cluster filter.
import type { VirtualClusterListParams } from '../../../api/queries/virtual-cluster-queries'
import {
  listParamsFromSearch,
  parseListSearch,
  type ListSearch,
} from '../../../components/list/list-search'
import { optionalUuid, withoutAbsent } from '../../../components/url-search'

export interface VirtualClusterListSearch extends ListSearch {
  /** Only the virtual clusters routed to this backend cluster. */
  backend_cluster?: string
}

export function parseVirtualClusterListSearch(
  search: Record<string, unknown>,
): VirtualClusterListSearch {
  return withoutAbsent({
    ...parseListSearch(search),
    backend_cluster: optionalUuid(search.backend_cluster),
  })
}

/** The list request a URL stands for; the route loader and the page both use it. */
export function virtualClusterListParams(
  search: VirtualClusterListSearch,
): VirtualClusterListParams {
  return { ...listParamsFromSearch(search), backendClusterId: search.backend_cluster }
}
