import { describe, expect, it } from 'vitest'
import { parseListSearch, SEARCH_MAX_LENGTH } from './list-search'

describe('parseListSearch', () => {
  it('keeps what fits and leaves the rest absent', () => {
    expect(parseListSearch({ q: ' orders ', size: 50, after: 'abc' })).toEqual({
      q: 'orders',
      size: 50,
      after: 'abc',
    })
    expect(parseListSearch({})).toEqual({})
  })

  it('reads a number the router parsed from ?q=2024 as text', () => {
    expect(parseListSearch({ q: 2024 })).toEqual({ q: '2024' })
  })

  it('drops blank, too long and non-text values', () => {
    expect(parseListSearch({ q: '   ' })).toEqual({})
    expect(parseListSearch({ q: 'x'.repeat(SEARCH_MAX_LENGTH + 1) })).toEqual({})
    expect(parseListSearch({ q: 'x'.repeat(SEARCH_MAX_LENGTH) }).q).toHaveLength(SEARCH_MAX_LENGTH)
    expect(parseListSearch({ q: { a: 1 }, after: true })).toEqual({})
  })

  it('accepts only the offered page sizes', () => {
    expect(parseListSearch({ size: 25 })).toEqual({ size: 25 })
    expect(parseListSearch({ size: 30 })).toEqual({})
    expect(parseListSearch({ size: '25' })).toEqual({})
  })
})
