import type { CursorMetaPage } from './api-types'

/** Konnect's meta.page.next/previous are URIs; the UI only needs their page[after] cursor. */
export function cursorFromPageLink(link: string | null | undefined): string | undefined {
  if (!link) return undefined
  const query = new URL(link, 'http://konnect.invalid').searchParams
  return query.get('page[after]') ?? undefined
}

export interface PageCursors {
  next: string | undefined
  /** undefined with hasPrevious=true means "the first page" (no cursor). */
  previous: string | undefined
  hasPrevious: boolean
}

export function pageCursors(page: CursorMetaPage | undefined): PageCursors {
  return {
    next: cursorFromPageLink(page?.next),
    previous: cursorFromPageLink(page?.previous),
    hasPrevious: Boolean(page?.previous),
  }
}
