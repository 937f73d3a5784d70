import { describe, expect, it } from 'vitest'
import { uniqueCopy, uniqueCopyName } from './unique-copy-name'

describe('uniqueCopyName', () => {
  it('adds -copy, then a number while the name is taken (ignoring case)', () => {
    expect(uniqueCopyName('orders', [])).toBe('orders-copy')
    expect(uniqueCopyName('orders', ['ORDERS-copy'])).toBe('orders-copy-2')
    expect(uniqueCopyName('orders', ['orders-copy', 'orders-copy-2'])).toBe('orders-copy-3')
  })

  it('cuts a long name to fit 255 code points without ending on a separator', () => {
    const long = `${'é'.repeat(249)} x`
    const copy = uniqueCopyName(long, [])
    expect(Array.from(copy)).toHaveLength(254)
    expect(copy).toBe(`${'é'.repeat(249)}-copy`)
  })
})

describe('uniqueCopy', () => {
  it('compares with case when asked to', () => {
    const options = { maxLength: 20, fit: (text: string) => text, ignoreCase: false }
    expect(uniqueCopy('a', ['A-copy'], options)).toBe('a-copy')
    expect(uniqueCopy('a', ['a-copy'], options)).toBe('a-copy-2')
  })
})
