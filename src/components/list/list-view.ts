import { isApiError } from '../../api/api-error'

/** What a list area shows; each kind is a distinct screen state. */
export type ListView<Item> =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  /** The URL's cursor was not issued by the API (an old or edited link). */
  | { kind: 'stale-cursor' }
  /** Nothing exists yet (no search, no filter). */
  | { kind: 'empty' }
  /** A search or filter matched nothing. */
  | { kind: 'no-results' }
  /** A cursor page with nothing on it (its rows were deleted since the link was made). */
  | { kind: 'past-end' }
  /** `refreshing`: the rows are the previous view's, kept while the new one loads. */
  | { kind: 'rows'; items: Item[]; refreshing: boolean }

interface ListQueryState<Item> {
  data: { data?: Item[] } | undefined
  error: unknown
  isPlaceholderData: boolean
}

export function listView<Item extends { id: string }>(
  query: ListQueryState<Item>,
  /** `filtered`: a filter other than the name search narrows the list. */
  search: { q?: string | undefined; after?: string | undefined; filtered?: boolean },
  /** Rows being deleted: gone at once, even from data fetched after the delete began. */
  deleting: ReadonlySet<string> = new Set(),
): ListView<Item> {
  if (query.error) {
    const staleCursor =
      search.after !== undefined &&
      isApiError(query.error, 400) &&
      query.error.invalidParameters.some((problem) => problem.field === 'page[after]')
    return staleCursor ? { kind: 'stale-cursor' } : { kind: 'error', error: query.error }
  }
  if (!query.data) return { kind: 'loading' }
  const items = (query.data.data ?? []).filter((item) => !deleting.has(item.id))
  const narrowed = search.q !== undefined || search.filtered === true
  // An empty placeholder belongs to the previous search or page: when the new view is the whole
  // list, "nothing yet" would be a guess (and would hide the search box being typed in).
  if (items.length === 0 && query.isPlaceholderData && !narrowed) return { kind: 'loading' }
  if (items.length > 0) return { kind: 'rows', items, refreshing: query.isPlaceholderData }
  if (narrowed) return { kind: 'no-results' }
  if (search.after !== undefined) return { kind: 'past-end' }
  return { kind: 'empty' }
}
