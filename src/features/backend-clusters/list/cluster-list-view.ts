import { isApiError } from '../../../api/api-error'
import type { BackendCluster, BackendClusterListResponse } from '../../../api/api-types'

/** What the list area shows; each kind is a distinct screen state. */
export type ClusterListView =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  /** The URL's cursor was not issued by the API (an old or edited link). */
  | { kind: 'stale-cursor' }
  /** The gateway has no clusters at all. */
  | { kind: 'empty' }
  /** A search matched nothing. */
  | { kind: 'no-results' }
  /** A cursor page with nothing on it (its rows were deleted since the link was made). */
  | { kind: 'past-end' }
  /** `refreshing`: the rows are the previous view's, kept while the new one loads. */
  | { kind: 'rows'; clusters: BackendCluster[]; refreshing: boolean }

interface ListQueryState {
  data: BackendClusterListResponse | undefined
  error: unknown
  isPlaceholderData: boolean
}

export function clusterListView(
  query: ListQueryState,
  search: { q?: string | undefined; after?: string | undefined },
  /** Rows being deleted: gone at once, even from data fetched after the delete began. */
  deleting: ReadonlySet<string> = new Set(),
): ClusterListView {
  if (query.error) {
    const staleCursor =
      search.after !== undefined &&
      isApiError(query.error, 400) &&
      query.error.invalidParameters.some((problem) => problem.field === 'page[after]')
    return staleCursor ? { kind: 'stale-cursor' } : { kind: 'error', error: query.error }
  }
  if (!query.data) return { kind: 'loading' }
  const clusters = (query.data.data ?? []).filter((cluster) => !deleting.has(cluster.id))
  // An empty placeholder belongs to the previous search or page: when the new view is the whole
  // list, "no clusters yet" would be a guess (and would hide the search box being typed in).
  if (clusters.length === 0 && query.isPlaceholderData && search.q === undefined) {
    return { kind: 'loading' }
  }
  if (clusters.length > 0) {
    return { kind: 'rows', clusters, refreshing: query.isPlaceholderData }
  }
  if (search.q !== undefined) return { kind: 'no-results' }
  if (search.after !== undefined) return { kind: 'past-end' }
  return { kind: 'empty' }
}
