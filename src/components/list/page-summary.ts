/** How a list names what it holds: "backend cluster" / "backend clusters". */
export interface ListNoun {
  one: string
  other: string
}

/** "1 backend cluster" / "12 backend clusters". */
export function itemCount(count: number, noun: ListNoun): string {
  return `${count} ${count === 1 ? noun.one : noun.other}`
}

/**
 * The pagination's note on what is shown. Without a total from the API, a single page says how
 * many there are in all; any other page only what it holds.
 */
export function pageSummary(
  count: number,
  isFirstPage: boolean,
  hasNextPage: boolean,
  noun: ListNoun,
): string {
  return isFirstPage && !hasNextPage ? itemCount(count, noun) : `${count} on this page`
}

/** What a screen reader hears once a search or page has loaded. */
export function resultsAnnouncement(
  count: number,
  isFirstPage: boolean,
  hasNextPage: boolean,
  query: string | undefined,
  noun: ListNoun,
): string {
  const counted = itemCount(count, noun)
  const shown = isFirstPage && !hasNextPage ? counted : `${counted} on this page`
  return query === undefined ? shown : `${shown} matching “${query}”`
}
