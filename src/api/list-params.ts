/** What one page of an entity list asks the API for (`filter[name][contains]`, `page[…]`). */
export interface ListParams {
  nameContains?: string
  pageSize: number
  /** The `page[after]` cursor; undefined for the first page. */
  after?: string
}

/** The query string part for openapi-fetch, in Konnect's parameter names. */
export function listQuery(params: ListParams) {
  return {
    'page[size]': params.pageSize,
    'page[after]': params.after,
    filter: params.nameContains ? { name: { contains: params.nameContains } } : undefined,
  }
}
