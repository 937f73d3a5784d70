// Konnect's cursor paging for list endpoints: `page[size]`, `page[after]`, `filter[name][contains]`
// in; `meta.page` with path URIs to the next and previous pages out.
import type { InvalidParameter } from '../api/api-types'
import type { components } from '../api/schema'
import { decodeCursor, encodeCursor, type SortKey } from './cursor'
import type { PageRequest, PageSlice } from './sorted-collection'

type CursorMeta = components['schemas']['CursorMeta']

export const DEFAULT_PAGE_SIZE = 100
export const MAX_PAGE_SIZE = 1000

export type PageQueryCheck =
  { ok: true; request: PageRequest } | { ok: false; problems: InvalidParameter[] }

/**
 * Reads the paging parameters and the name filter, plus the exact-match filters a list offers
 * (`equalsFilters`), each as `filter[<name>][eq]=<value>` or `filter[<name>]=<value>`.
 */
export function parsePageQuery(
  query: URLSearchParams,
  equalsFilters: readonly string[] = [],
): PageQueryCheck {
  const problems: InvalidParameter[] = []
  const source = 'query'
  const field = 'page[size]'
  // The spec allows empty values: `page[size]=` means the default, `page[after]=` the first page.
  const rawSize = query.get(field) ?? ''
  let size = DEFAULT_PAGE_SIZE
  if (rawSize !== '') {
    size = /^\d+$/.test(rawSize) ? Number(rawSize) : Number.NaN
    if (Number.isNaN(size)) {
      problems.push({ field, rule: 'is_integer', reason: 'must be an integer', source })
    } else if (size < 1) {
      problems.push({
        field,
        rule: 'min',
        minimum: 1,
        reason: 'must be greater than or equal to 1',
        source,
      })
    } else if (size > MAX_PAGE_SIZE) {
      const reason = `must be less than or equal to ${MAX_PAGE_SIZE}`
      problems.push({ field, rule: 'max', maximum: MAX_PAGE_SIZE, reason, source })
    }
  }
  const rawAfter = query.get('page[after]') ?? ''
  const after = rawAfter === '' ? undefined : decodeCursor(rawAfter)
  if (rawAfter !== '' && !after) {
    problems.push({
      field: 'page[after]',
      rule: 'invalid',
      reason: 'is not a valid page cursor',
      source,
    })
  }
  if (problems.length > 0) return { ok: false, problems }
  const nameContains = query.get('filter[name][contains]') ?? ''
  const equals: Record<string, string> = {}
  for (const name of equalsFilters) {
    // An empty value means no filter, as for the name filter.
    const value = query.get(`filter[${name}][eq]`) || query.get(`filter[${name}]`) || ''
    if (value !== '') equals[name] = value
  }
  return {
    ok: true,
    request: {
      size,
      ...(after && { after }),
      ...(nameContains !== '' && { nameContains }),
      ...(Object.keys(equals).length > 0 && { equals }),
    },
  }
}

/** `meta` for a list response; links are Konnect-style paths under /v1, keeping size and filters. */
export function pageMeta(
  listPath: string,
  request: PageRequest,
  slice: PageSlice<unknown>,
): CursorMeta {
  const link = (after: SortKey | null) => {
    const params = new URLSearchParams({ 'page[size]': String(request.size) })
    if (after) params.set('page[after]', encodeCursor(after))
    if (request.nameContains !== undefined)
      params.set('filter[name][contains]', request.nameContains)
    for (const [name, value] of Object.entries(request.equals ?? {})) {
      params.set(`filter[${name}][eq]`, value)
    }
    return `/v1${listPath}?${params.toString()}`
  }
  return {
    page: {
      size: request.size,
      first: link(null),
      next: slice.next && link(slice.next),
      previous: slice.previous && link(slice.previous.after),
    },
  }
}
