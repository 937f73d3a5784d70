// Konnect reads nested filters as deepObject with brackets at every level (filter[name][contains]=x),
// which openapi-fetch's default serializer refuses for more than one level.
type QueryValue = string | number | boolean | null | undefined | QueryObject
interface QueryObject {
  [key: string]: QueryValue
}

function flatten(prefix: string, value: QueryValue, out: string[]): void {
  if (value === undefined || value === null || value === '') return
  if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      flatten(prefix ? `${prefix}[${key}]` : key, child, out)
    }
    return
  }
  // Brackets stay readable, as in Konnect's docs; everything else is percent-encoded.
  const name = encodeURIComponent(prefix).replace(/%5B/g, '[').replace(/%5D/g, ']')
  out.push(`${name}=${encodeURIComponent(String(value))}`)
}

export function serializeKonnectQuery(query: Record<string, unknown>): string {
  const parts: string[] = []
  flatten('', query as QueryObject, parts)
  return parts.join('&')
}
