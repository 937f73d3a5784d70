// Opaque page cursors. A cursor is the base64url of the last item's sort key, so the next page starts
// right after that item even when items were created or deleted in between (an offset would skip or
// repeat items).

/** Lists are ordered by name (case-insensitive), then id. `name` here is already lower-cased. */
export interface SortKey {
  readonly name: string
  readonly id: string
}

export function sortKeyOf(item: { readonly name: string; readonly id: string }): SortKey {
  return { name: item.name.toLowerCase(), id: item.id }
}

/** Plain code-unit comparison: deterministic in every runtime, unlike localeCompare. */
export function compareSortKeys(a: SortKey, b: SortKey): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1
  if (a.id !== b.id) return a.id < b.id ? -1 : 1
  return 0
}

export function encodeCursor(key: SortKey): string {
  const bytes = new TextEncoder().encode(JSON.stringify([key.name, key.id]))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Returns undefined for anything this server did not hand out. */
export function decodeCursor(cursor: string): SortKey | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    if (!Array.isArray(parsed) || parsed.length !== 2) return undefined
    const [name, id] = parsed as unknown[]
    return typeof name === 'string' && typeof id === 'string' ? { name, id } : undefined
  } catch {
    return undefined
  }
}
