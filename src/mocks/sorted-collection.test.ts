import { describe, expect, it } from 'vitest'
import { SortedCollection } from './sorted-collection'

interface Item {
  id: string
  name: string
  built: number
}

const REFS = [
  { id: 'c', name: 'Beta' },
  { id: 'a', name: 'alpha' },
  { id: 'b', name: 'beta' },
]

function lazyCollection() {
  const builds: number[] = []
  const collection = SortedCollection.ofLazy(REFS, (ref): Item => {
    builds.push(REFS.indexOf(ref))
    return { ...ref, built: builds.length }
  })
  return { collection, builds }
}

describe('SortedCollection.ofLazy', () => {
  it('keeps the same order as a collection of built items', () => {
    const { collection } = lazyCollection()
    const eager = SortedCollection.of(REFS)
    expect(collection.page({ size: 10 }).items.map((item) => item.id)).toEqual(
      eager.page({ size: 10 }).items.map((item) => item.id),
    )
  })

  it('builds an item only when it is read, and only once', () => {
    const { collection, builds } = lazyCollection()
    expect(collection.size).toBe(3)
    expect(collection.findByName('beta')?.id).toBe('b')
    expect(builds).toEqual([2])
    expect(collection.page({ size: 1 }).items.map((item) => item.id)).toEqual(['a'])
    expect(collection.get('b')?.built).toBe(1)
    expect(builds).toEqual([2, 1])
  })

  it('shares built items with a copy, and the copy changes alone', () => {
    const { collection, builds } = lazyCollection()
    const copy = collection.clone()
    copy.remove('a')
    copy.upsert({ id: 'd', name: 'delta', built: 0 })
    expect(copy.get('c')).toBe(collection.get('c'))
    // remove() hands back the removed item, so 'a' (index 1) is built too; 'c' (index 0) once.
    expect(builds).toEqual([1, 0])
    expect(collection.page({ size: 10 }).items.map((item) => item.id)).toEqual(['a', 'b', 'c'])
    expect(copy.page({ size: 10 }).items.map((item) => item.id)).toEqual(['b', 'c', 'd'])
  })
})
