import { z } from 'zod'
import type { BackendClusterListParams } from '../api/backend-cluster-queries'

export const PAGE_SIZES = [10, 25, 50, 100] as const
export type PageSize = (typeof PAGE_SIZES)[number]
export const DEFAULT_PAGE_SIZE: PageSize = 25
/** Cluster names are at most 255 characters (spec: BackendClusterName.maxLength). */
export const SEARCH_MAX_LENGTH = 255

/**
 * A hand-typed link such as `?q=2024` reaches the schema as a number (the router parses values that
 * look like JSON); it is still a name search. Blank means no search.
 */
const searchText = (max: number) =>
  z
    .union([z.string(), z.number().transform(String)])
    .transform((value) => value.trim())
    .pipe(z.string().max(max))
    .transform((value) => (value === '' ? undefined : value))
    .optional()
    .catch(undefined)

/** The list's view state lives in the URL: reload, back and shared links show the same page. */
export const backendClusterListSearchSchema = z.object({
  /** Name contains (case-insensitive, by the API). */
  q: searchText(SEARCH_MAX_LENGTH),
  /** Rows per page; absent means DEFAULT_PAGE_SIZE. */
  size: z
    .union(PAGE_SIZES.map((size) => z.literal(size)))
    .optional()
    .catch(undefined),
  /** The API's `page[after]` cursor; absent means the first page. */
  after: searchText(2048),
})

export type BackendClusterListSearch = z.infer<typeof backendClusterListSearchSchema>

/** The list request a URL stands for; the route loader and the page must agree on it. */
export function listParamsFromSearch(search: BackendClusterListSearch): BackendClusterListParams {
  return { nameContains: search.q, pageSize: search.size ?? DEFAULT_PAGE_SIZE, after: search.after }
}
