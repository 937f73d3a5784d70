/** "1 backend cluster" / "12 backend clusters". */
export function clusterCount(count: number): string {
  return `${count} backend cluster${count === 1 ? '' : 's'}`
}

/**
 * The pagination's note on what is shown. Without a total from the API, a single page says how
 * many there are in all; any other page only what it holds.
 */
export function pageSummary(count: number, isFirstPage: boolean, hasNextPage: boolean): string {
  return isFirstPage && !hasNextPage ? clusterCount(count) : `${count} on this page`
}

/** What a screen reader hears once a search or page has loaded. */
export function resultsAnnouncement(
  count: number,
  isFirstPage: boolean,
  hasNextPage: boolean,
  query: string | undefined,
): string {
  const shown =
    isFirstPage && !hasNextPage ? clusterCount(count) : `${clusterCount(count)} on this page`
  return query === undefined ? shown : `${shown} matching “${query}”`
}
