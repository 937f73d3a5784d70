// The virtual-cluster list's URL: the shared search, size and cursor, plus the backend-cluster filter.
import { z } from 'zod'
import type { VirtualClusterListParams } from '../../../api/queries/virtual-cluster-queries'
import { listParamsFromSearch, listSearchShape } from '../../../components/list/list-search'

export const virtualClusterListSearchSchema = z.object({
  ...listSearchShape,
  /** Only the virtual clusters routed to this backend cluster. */
  backend_cluster: z.uuid().optional().catch(undefined),
})

export type VirtualClusterListSearch = z.infer<typeof virtualClusterListSearchSchema>

/** The list request a URL stands for; the route loader and the page both use it. */
export function virtualClusterListParams(
  search: VirtualClusterListSearch,
): VirtualClusterListParams {
  return { ...listParamsFromSearch(search), backendClusterId: search.backend_cluster }
}
