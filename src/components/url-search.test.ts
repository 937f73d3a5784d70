import { describe, expect, it } from 'vitest'
import { optionalUuid, withoutAbsent } from './url-search'

describe('URL search helpers', () => {
  it('keeps a UUID and ignores anything else', () => {
    const id = '3f1c2b9e-8d7a-4c6b-9e5f-1a2b3c4d5e6f'
    expect(optionalUuid(id)).toBe(id)
    expect(optionalUuid('not-a-uuid')).toBeUndefined()
    expect(optionalUuid(`${id}x`)).toBeUndefined()
    expect(optionalUuid(42)).toBeUndefined()
  })

  it('drops absent keys so they stay out of the URL', () => {
    expect(withoutAbsent({ a: 'x', b: undefined })).toEqual({ a: 'x' })
    expect(Object.keys(withoutAbsent({ a: undefined }))).toEqual([])
  })
})
