import { useDeferredValue, type ReactNode } from 'react'
import { ErrorState } from '../error-state'
import { useAfterFirstPaint } from '../use-after-first-paint'
import { NoSearchResults, PageGone } from './list-messages'
import type { ListView } from './list-view'
import type { ListNoun } from './page-summary'

interface ListContentProps<Item> {
  view: ListView<Item>
  noun: ListNoun
  /** What an empty gateway shows: what the entity is for, and how to create one. */
  empty: ReactNode
  /** The name search on screen; undefined when the emptiness comes from a filter alone. */
  query: string | undefined
  /** Says which filter narrowed the list to nothing. */
  filter?: ReactNode
  onClearSearch: () => void
  onFirstPage: () => void
  onRetry: () => void
  /** The table: `rows` is null while the first answer loads (skeleton rows). */
  table: (rows: Item[] | null) => ReactNode
}

/** The list area of a list page: one screen per state, the table for loading and rows. */
export function ListContent<Item>(props: ListContentProps<Item>) {
  const { noun } = props
  // The first rows replace the skeleton in a transition, which React renders in short slices, so
  // the page's first answer never blocks input as one long task. Later views (pages, searches)
  // show at once: paging notes what is on screen.
  const deferred = useDeferredValue(props.view)
  const view = deferred.kind === 'loading' ? deferred : props.view
  // Like forms and detail pages, the page's heading and search paint before the table.
  if (!useAfterFirstPaint()) return null
  switch (view.kind) {
    case 'empty':
      return props.empty
    case 'no-results':
      return (
        <NoSearchResults
          noun={noun}
          query={props.query}
          filter={props.filter}
          onClear={props.onClearSearch}
        />
      )
    case 'past-end':
    case 'stale-cursor':
      return <PageGone noun={noun} reason={view.kind} onFirstPage={props.onFirstPage} />
    case 'error':
      return <ErrorState error={view.error} onRetry={props.onRetry} />
    case 'loading':
      return props.table(null)
    case 'rows':
      return props.table(view.items)
  }
}
