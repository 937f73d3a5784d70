const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** IDs in the API are UUIDs. */
export function isUuid(value: string): boolean {
  return UUID.test(value)
}
