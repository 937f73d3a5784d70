import type { SortedCollection } from './sorted-collection'

/**
 * One of a gateway's collections in the store: the seed's, shared between stores and resets and
 * never written to, until the first write makes this store's own copy (pointers only). So a reset
 * costs nothing and the 10,000-cluster seed is built once, on first use.
 */
export class SeededCollection<T extends { readonly name: string; readonly id: string }> {
  private readonly seed: () => SortedCollection<T>
  private own: SortedCollection<T> | undefined

  constructor(seed: () => SortedCollection<T>) {
    this.seed = seed
  }

  /** For reading; may be the shared seed, so never write to it. */
  get current(): SortedCollection<T> {
    return this.own ?? this.seed()
  }

  /** Builds the seed now if this store reads it, so a later first read is instant. */
  warmUp(): void {
    if (!this.own) this.seed()
  }

  /** For writing: this store's copy, made now if need be. */
  writable(): SortedCollection<T> {
    this.own ??= this.seed().clone()
    return this.own
  }
}
