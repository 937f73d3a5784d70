import { describe, expect, it } from 'vitest'
import {
  recallPreviousPage,
  rememberPreviousPage,
  type PageAddress,
  type StorageLike,
} from './previous-page-memory'

function memoryStorage(): StorageLike & { values: Map<string, string> } {
  const values = new Map<string, string>()
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  }
}

const page = (after: string, q?: string): PageAddress => ({ list: 'g1', q, size: 25, after })

describe('previous page memory', () => {
  it('recalls the cursor a page was reached from, and the first page as undefined', () => {
    const storage = memoryStorage()
    rememberPreviousPage(page('c2'), undefined, storage)
    rememberPreviousPage(page('c3'), 'c2', storage)
    expect(recallPreviousPage(page('c2'), storage)).toEqual({ found: true, after: undefined })
    expect(recallPreviousPage(page('c3'), storage)).toEqual({ found: true, after: 'c2' })
  })

  it('keeps notes apart per search, size and gateway', () => {
    const storage = memoryStorage()
    rememberPreviousPage(page('c3', 'orders'), 'c2', storage)
    expect(recallPreviousPage(page('c3'), storage)).toEqual({ found: false })
    expect(recallPreviousPage({ ...page('c3', 'orders'), size: 50 }, storage)).toEqual({
      found: false,
    })
    expect(recallPreviousPage({ ...page('c3', 'orders'), list: 'g2' }, storage)).toEqual({
      found: false,
    })
  })

  it('replaces an older note for the same page', () => {
    const storage = memoryStorage()
    rememberPreviousPage(page('c3'), 'c1', storage)
    rememberPreviousPage(page('c3'), 'c2', storage)
    expect(recallPreviousPage(page('c3'), storage)).toEqual({ found: true, after: 'c2' })
  })

  it('forgets the oldest notes beyond 500', () => {
    const storage = memoryStorage()
    for (let index = 0; index < 501; index += 1) {
      rememberPreviousPage(page(`c${index + 1}`), `c${index}`, storage)
    }
    expect(recallPreviousPage(page('c1'), storage)).toEqual({ found: false })
    expect(recallPreviousPage(page('c501'), storage)).toEqual({ found: true, after: 'c500' })
  })

  it('ignores stored text it did not write, and works without storage', () => {
    const storage = memoryStorage()
    storage.setItem('egc:list-previous-pages', '{not json')
    expect(recallPreviousPage(page('c2'), storage)).toEqual({ found: false })
    rememberPreviousPage(page('c2'), 'c1', storage)
    expect(recallPreviousPage(page('c2'), storage)).toEqual({ found: true, after: 'c1' })
    expect(() => rememberPreviousPage(page('c2'), 'c1', undefined)).not.toThrow()
    expect(recallPreviousPage(page('c2'), undefined)).toEqual({ found: false })
  })
})
