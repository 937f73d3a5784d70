import { describe, expect, it } from 'vitest'
import { serializeKonnectQuery } from './konnect-query-serializer'

describe('serializeKonnectQuery', () => {
  it('writes nested filters with a bracket per level', () => {
    expect(serializeKonnectQuery({ filter: { name: { contains: 'pay ments' } } })).toBe(
      'filter[name][contains]=pay%20ments',
    )
  })

  it('keeps bracketed parameter names and skips empty values', () => {
    expect(
      serializeKonnectQuery({
        'page[size]': 25,
        'page[after]': undefined,
        filter: { name: { contains: '' } },
      }),
    ).toBe('page[size]=25')
  })

  it('encodes characters that would break the query string', () => {
    expect(serializeKonnectQuery({ 'page[after]': 'a&b=c/d+' })).toBe(
      'page[after]=a%26b%3Dc%2Fd%2B',
    )
  })
})
