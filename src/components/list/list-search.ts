// The list pages' view state lives in the URL (`?q=…&size=…&after=…`): reload, back and shared links
// show the same page. One parser and one mapping to the API's parameters, for every entity list and
// for the route loaders that start the request before the page renders.
import type { ListParams } from '../../api/list-params'
import { withoutAbsent } from '../url-search'

export const PAGE_SIZES = [10, 25, 50, 100] as const
export type PageSize = (typeof PAGE_SIZES)[number]
export const DEFAULT_PAGE_SIZE: PageSize = 25
/** Names are at most 255 characters (spec: BackendClusterName, VirtualClusterName). */
export const SEARCH_MAX_LENGTH = 255

/**
 * Free text from the URL. A hand-typed link such as `?q=2024` arrives as a number (the router parses
 * values that look like JSON); it is still text. Blank, too long or anything else means absent.
 */
export function searchText(value: unknown, max: number): string | undefined {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string') return undefined
  const trimmed = text.trim()
  return trimmed === '' || trimmed.length > max ? undefined : trimmed
}

function pageSize(value: unknown): PageSize | undefined {
  return PAGE_SIZES.find((size) => size === value)
}

export interface ListSearch {
  /** Name contains (case-insensitive, by the API). */
  q?: string
  /** Rows per page; absent means DEFAULT_PAGE_SIZE. */
  size?: PageSize
  /** The API's `page[after]` cursor; absent means the first page. */
  after?: string
}

/** The fields every list has, read from the URL's search; a value that does not fit is dropped. */
export function parseListSearch(search: Record<string, unknown>): ListSearch {
  return withoutAbsent({
    q: searchText(search.q, SEARCH_MAX_LENGTH),
    size: pageSize(search.size),
    after: searchText(search.after, 2048),
  })
}

/** The list request a URL stands for; the route loader and the page both use it, so they agree. */
export function listParamsFromSearch(search: ListSearch): ListParams {
  return { nameContains: search.q, pageSize: search.size ?? DEFAULT_PAGE_SIZE, after: search.after }
}
