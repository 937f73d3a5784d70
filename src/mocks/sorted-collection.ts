import { compareSortKeys, sortKeyOf, type SortKey } from './cursor'

interface Named {
  readonly name: string
  readonly id: string
}

interface Entry<T> {
  readonly key: SortKey
  readonly value: T
}

export interface PageRequest {
  /** 1..1000, already validated. */
  readonly size: number
  /** Sort key of the last item of the previous page. */
  readonly after?: SortKey
  /** Case-insensitive substring of the name. */
  readonly nameContains?: string
  /**
   * Exact-match filters by name (`backend_cluster_id`), as the query gave them; the owner of the
   * collection turns them into the `where` of `page`.
   */
  readonly equals?: Readonly<Record<string, string>>
}

export interface PageSlice<T> {
  readonly items: T[]
  /** Sort key to continue after, or null on the last page. */
  readonly next: SortKey | null
  /** Null on the first page; `after: null` when the previous page is the first one. */
  readonly previous: { readonly after: SortKey | null } | null
}

/**
 * Items kept sorted by (lower-cased name, id) plus an id index, so a page costs one binary search
 * (or one linear scan when filtering) and never a sort or a copy of the whole collection.
 * Values are treated as immutable: replacing an item swaps the object, it never edits it.
 */
export class SortedCollection<T extends { readonly name: string; readonly id: string }> {
  private readonly entries: Entry<T>[]
  private readonly byId: Map<string, Entry<T>>

  private constructor(entries: Entry<T>[], byId: Map<string, Entry<T>>) {
    this.entries = entries
    this.byId = byId
  }

  static of<T extends { readonly name: string; readonly id: string }>(
    items: readonly T[],
  ): SortedCollection<T> {
    const entries = items.map((value) => ({ key: sortKeyOf(value), value }))
    entries.sort((a, b) => compareSortKeys(a.key, b.key))
    return new SortedCollection(entries, new Map(entries.map((entry) => [entry.value.id, entry])))
  }

  /**
   * Items known up front by id and name only, each built on its first read: a 10,000-item seed
   * then costs its refs and their sort, not 10,000 objects, before the first page is answered.
   */
  static ofLazy<T extends Named, R extends Named>(
    refs: readonly R[],
    build: (ref: R) => T,
  ): SortedCollection<T> {
    const entries = refs.map((ref) => lazyEntry(sortKeyOf(ref), () => build(ref)))
    entries.sort((a, b) => compareSortKeys(a.key, b.key))
    return new SortedCollection(entries, new Map(entries.map((entry) => [entry.key.id, entry])))
  }

  /** A copy that can change without touching this one (shallow: O(n) pointers, no item copies). */
  clone(): SortedCollection<T> {
    return new SortedCollection([...this.entries], new Map(this.byId))
  }

  get size(): number {
    return this.entries.length
  }

  get(id: string): T | undefined {
    return this.byId.get(id)?.value
  }

  /** Exact, case-sensitive name match; a binary search over the case-insensitive order. */
  findByName(name: string): T | undefined {
    const lower = name.toLowerCase()
    for (let i = firstIndexAfter(this.entries, { name: lower, id: '' }, true); ; i++) {
      const entry = this.entries[i]
      if (entry?.key.name !== lower) return undefined
      if (entry.value.name === name) return entry.value
    }
  }

  /** Every item `where` accepts, in list order (a linear scan). */
  values(where: (value: T) => boolean = () => true): T[] {
    return this.entries.flatMap((entry) => (where(entry.value) ? [entry.value] : []))
  }

  /** Inserts, or replaces the item with the same id (moving it if its name changed). */
  upsert(value: T): void {
    this.remove(value.id)
    const entry = { key: sortKeyOf(value), value }
    this.entries.splice(firstIndexAfter(this.entries, entry.key, true), 0, entry)
    this.byId.set(value.id, entry)
  }

  remove(id: string): T | undefined {
    const entry = this.byId.get(id)
    if (!entry) return undefined
    this.entries.splice(firstIndexAfter(this.entries, entry.key, true), 1)
    this.byId.delete(id)
    return entry.value
  }

  /** One page; `where` narrows the items further (a linear scan, like the name filter). */
  page({ size, after, nameContains }: PageRequest, where?: (value: T) => boolean): PageSlice<T> {
    const needle = nameContains?.toLowerCase()
    const list =
      needle || where
        ? this.entries.filter(
            (entry) =>
              (!needle || entry.key.name.includes(needle)) && (!where || where(entry.value)),
          )
        : this.entries
    const start = after ? firstIndexAfter(list, after, false) : 0
    const end = Math.min(start + size, list.length)
    const items = list.slice(start, end).map((entry) => entry.value)
    const next = end < list.length && end > start ? (list[end - 1]?.key ?? null) : null
    if (start === 0) return { items, next, previous: null }
    const previousStart = start - size
    return {
      items,
      next,
      previous: { after: previousStart > 0 ? (list[previousStart - 1]?.key ?? null) : null },
    }
  }
}

/** An entry whose value is built once, when first read; its key already holds the id and name. */
function lazyEntry<T>(key: SortKey, build: () => T): Entry<T> {
  let value: T | undefined
  return {
    key,
    get value() {
      value ??= build()
      return value
    },
  }
}

/** Index of the first entry whose key is greater than `key` (or equal to it, when `inclusive`). */
function firstIndexAfter<T>(list: readonly Entry<T>[], key: SortKey, inclusive: boolean): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const entry = list[middle]
    const order = entry ? compareSortKeys(entry.key, key) : 1
    if (order < 0 || (order === 0 && !inclusive)) low = middle + 1
    else high = middle
  }
  return low
}
