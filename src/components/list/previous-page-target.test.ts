import { describe, expect, it } from 'vitest'
import type { CursorMetaPage } from '../../api/api-types'
import { previousPageTarget } from './previous-page-target'

const LIST = '/v1/event-gateways/g1/backend-clusters'
const meta = (previous: string | null): CursorMetaPage => ({ size: 25, next: null, previous })

describe('previousPageTarget', () => {
  it('has no previous page on the first page', () => {
    expect(previousPageTarget(undefined, meta(null), { found: true, after: 'x' })).toEqual({
      kind: 'none',
    })
  })

  it('follows the API’s previous link, to a cursor or to the first page', () => {
    expect(
      previousPageTarget('c3', meta(`${LIST}?page%5Bsize%5D=25&page%5Bafter%5D=c2`), {
        found: true,
        after: 'other',
      }),
    ).toEqual({ kind: 'page', after: 'c2' })
    expect(previousPageTarget('c2', meta(`${LIST}?page%5Bsize%5D=25`), { found: false })).toEqual({
      kind: 'page',
      after: undefined,
    })
  })

  it('uses the page this tab came from when the API sends no previous link', () => {
    expect(previousPageTarget('c3', meta(null), { found: true, after: 'c2' })).toEqual({
      kind: 'page',
      after: 'c2',
    })
  })

  it('falls back to the first page when nothing says where the previous page starts', () => {
    expect(previousPageTarget('c3', meta(null), { found: false })).toEqual({
      kind: 'page',
      after: undefined,
    })
    expect(previousPageTarget('c3', undefined, { found: false })).toEqual({
      kind: 'page',
      after: undefined,
    })
  })
})
