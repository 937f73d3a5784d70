// The paging and search state every entity list shares: the URL holds the view (search, size,
// cursor), the query holds the rows, and this turns both into what the page shows and does.
import { useRef } from 'react'
import type { CursorMetaPage } from '../../api/api-types'
import { pageCursors } from '../../api/page-cursor'
import { DEFAULT_PAGE_SIZE, type ListSearch, type PageSize } from './list-search'
import { listView, type ListView } from './list-view'
import { pageSummary, resultsAnnouncement, type ListNoun } from './page-summary'
import { recallPreviousPage, rememberPreviousPage } from './previous-page-memory'
import { previousPageTarget } from './previous-page-target'
import { useSearchText } from './use-search-text'

/** Changes the URL's search; `replace` for typing (no history entry, scroll kept). */
export type UpdateListSearch = (patch: Partial<ListSearch>, options?: { replace?: boolean }) => void

interface ListQuery<Item> {
  data: { data?: Item[]; meta?: { page?: CursorMetaPage } } | undefined
  error: unknown
  isPlaceholderData: boolean
}

interface CursorListOptions<Item> {
  /** Which list this is (entity, gateway, filters), for the previous-page notes. */
  listKey: string
  noun: ListNoun
  search: ListSearch
  /** Another filter narrows the list (an empty result is then "no results"). */
  filtered?: boolean
  query: ListQuery<Item>
  pendingDeletions: ReadonlySet<string>
  update: UpdateListSearch
}

export function useCursorList<Item extends { id: string }>({
  listKey,
  noun,
  search,
  filtered = false,
  query,
  pendingDeletions,
  update,
}: CursorListOptions<Item>) {
  const size = search.size ?? DEFAULT_PAGE_SIZE
  const view: ListView<Item> = listView(
    query,
    { q: search.q, after: search.after, filtered },
    pendingDeletions,
  )
  const cursors = pageCursors(query.data?.meta?.page)
  const searchInputRef = useRef<HTMLInputElement>(null)
  const searchText = useSearchText(search.q, (q) =>
    update({ q, after: undefined }, { replace: true }),
  )

  const pageAddress = (after: string) => ({ list: listKey, q: search.q, size, after })
  const isFirstPage = search.after === undefined
  const hasNextPage = cursors.next !== undefined
  const rows = view.kind === 'rows' ? view.items : null
  const refreshing = view.kind === 'rows' && view.refreshing

  const goToNextPage = () => {
    if (cursors.next === undefined) return
    rememberPreviousPage(pageAddress(cursors.next), search.after)
    update({ after: cursors.next })
  }
  const goToPreviousPage = () => {
    const recalled =
      search.after === undefined
        ? { found: false as const }
        : recallPreviousPage(pageAddress(search.after))
    // While the page loads, the links on screen are the previous page's: only the notes can tell.
    const meta = query.isPlaceholderData ? undefined : query.data?.meta?.page
    const target = previousPageTarget(search.after, meta, recalled)
    if (target.kind === 'page') update({ after: target.after })
  }
  const goToFirstPage = () => update({ after: undefined })

  return {
    view,
    size,
    /** The rows on screen, or null while the first answer loads. */
    rows,
    refreshing,
    searchText,
    searchInputRef,
    clearSearch: () => {
      searchText.clear()
      searchInputRef.current?.focus()
    },
    goToFirstPage,
    /** Props for ListPagination. */
    pagination: {
      size,
      onSizeChange: (next: PageSize) =>
        update({ size: next === DEFAULT_PAGE_SIZE ? undefined : next, after: undefined }),
      summary: pageSummary(rows?.length ?? 0, isFirstPage, hasNextPage, noun),
      canGoBack: !isFirstPage,
      canGoForward: hasNextPage && !refreshing,
      onFirst: goToFirstPage,
      onPrevious: goToPreviousPage,
      onNext: goToNextPage,
    },
    /** What a screen reader hears once the rows have settled. */
    announcement:
      view.kind === 'rows' && !view.refreshing
        ? resultsAnnouncement(view.items.length, isFirstPage, hasNextPage, search.q, noun)
        : view.kind === 'no-results' && search.q !== undefined
          ? `No ${noun.other} match “${search.q}”`
          : '',
  }
}
