// The list pages' view state lives in the URL (`?q=…&size=…&after=…`): reload, back and shared links
// show the same page. One schema and one mapping to the API's parameters, for every entity list and
// for the route loaders that start the request before the page renders.
import { z } from 'zod'
import type { ListParams } from '../../api/list-params'

export const PAGE_SIZES = [10, 25, 50, 100] as const
export type PageSize = (typeof PAGE_SIZES)[number]
export const DEFAULT_PAGE_SIZE: PageSize = 25
/** Names are at most 255 characters (spec: BackendClusterName, VirtualClusterName). */
export const SEARCH_MAX_LENGTH = 255

/**
 * A hand-typed link such as `?q=2024` reaches the schema as a number (the router parses values that
 * look like JSON); it is still text. Blank means absent.
 */
export const searchText = (max: number) =>
  z
    .union([z.string(), z.number().transform(String)])
    .transform((value) => value.trim())
    .pipe(z.string().max(max))
    .transform((value) => (value === '' ? undefined : value))
    .optional()
    .catch(undefined)

/** The fields every list has; a list with filters extends it. */
export const listSearchShape = {
  /** Name contains (case-insensitive, by the API). */
  q: searchText(SEARCH_MAX_LENGTH),
  /** Rows per page; absent means DEFAULT_PAGE_SIZE. */
  size: z
    .union(PAGE_SIZES.map((size) => z.literal(size)))
    .optional()
    .catch(undefined),
  /** The API's `page[after]` cursor; absent means the first page. */
  after: searchText(2048),
}

export const listSearchSchema = z.object(listSearchShape)

export type ListSearch = z.infer<typeof listSearchSchema>

/** The list request a URL stands for; the route loader and the page both use it, so they agree. */
export function listParamsFromSearch(search: ListSearch): ListParams {
  return { nameContains: search.q, pageSize: search.size ?? DEFAULT_PAGE_SIZE, after: search.after }
}
