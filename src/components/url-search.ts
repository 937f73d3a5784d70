// Reading a page's URL search (`?duplicate=…`, `?backend_cluster=…`, `?q=…`). Plain functions rather
// than a schema library: route search is parsed in the entry chunk, before first paint.
import { isUuid } from '../api/uuid'

/** The value when it is a UUID; anything else in the URL is ignored rather than an error page. */
export function optionalUuid(value: unknown): string | undefined {
  return typeof value === 'string' && isUuid(value) ? value : undefined
}

/** Drops the keys whose value is undefined, so an absent parameter stays absent from the URL. */
export function withoutAbsent<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as T
}
