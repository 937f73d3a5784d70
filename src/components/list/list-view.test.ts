import { describe, expect, it } from 'vitest'
import { ApiError } from '../../api/api-error'
import { listView } from './list-view'

interface Item {
  id: string
  name: string
}

const cluster: Item = { id: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b', name: 'orders' }
const page = (data: Item[]) => ({ data })
const settled = (data: { data: Item[] }) => ({
  data,
  error: null,
  isPlaceholderData: false,
})

describe('listView', () => {
  it('is loading until the first answer', () => {
    expect(listView({ data: undefined, error: null, isPlaceholderData: false }, {})).toEqual({
      kind: 'loading',
    })
  })

  it('shows rows, marked refreshing while they are the previous view’s', () => {
    expect(listView(settled(page([cluster])), {})).toEqual({
      kind: 'rows',
      items: [cluster],
      refreshing: false,
    })
    expect(
      listView({ data: page([cluster]), error: null, isPlaceholderData: true }, { q: 'x' }),
    ).toMatchObject({ kind: 'rows', refreshing: true })
  })

  it('tells an empty gateway, an empty search and an empty cursor page apart', () => {
    expect(listView(settled(page([])), {}).kind).toBe('empty')
    expect(listView(settled(page([])), { q: 'zzz' }).kind).toBe('no-results')
    expect(listView(settled(page([])), { q: 'zzz', after: 'c' }).kind).toBe('no-results')
    expect(listView(settled(page([])), { after: 'c' }).kind).toBe('past-end')
    expect(listView(settled({} as { data: Item[] }), {}).kind).toBe('empty')
  })

  it('calls an empty filtered list "no results", not "nothing yet"', () => {
    expect(listView(settled(page([])), { filtered: true }).kind).toBe('no-results')
    const placeholder = { data: page([]), error: null, isPlaceholderData: true }
    expect(listView(placeholder, { filtered: true }).kind).toBe('no-results')
  })

  it('hides rows being deleted, even in data fetched after the delete began', () => {
    const other = { id: '2c5f39cb-3fb2-4e4c-b4a6-f02ac6b8744c', name: 'payments' }
    expect(listView(settled(page([cluster, other])), {}, new Set([cluster.id]))).toEqual({
      kind: 'rows',
      items: [other],
      refreshing: false,
    })
  })

  it('waits for the whole list rather than trust an empty placeholder from a search', () => {
    const placeholder = { data: page([]), error: null, isPlaceholderData: true }
    expect(listView(placeholder, {}).kind).toBe('loading')
    expect(listView(placeholder, { q: 'zz' }).kind).toBe('no-results')
  })

  it('calls a 400 on page[after] a stale link, and any other failure an error', () => {
    const badCursor = new ApiError(400, {
      title: 'Bad Request',
      invalid_parameters: [
        { field: 'page[after]', rule: 'invalid', reason: 'bad', source: 'query' },
      ],
    })
    const query = { data: undefined, error: badCursor, isPlaceholderData: false }
    expect(listView(query, { after: 'c' })).toEqual({ kind: 'stale-cursor' })
    expect(listView(query, {})).toEqual({ kind: 'error', error: badCursor })
    const forbidden = new ApiError(403, { title: 'Forbidden' })
    expect(
      listView({ data: page([cluster]), error: forbidden, isPlaceholderData: false }, {}),
    ).toEqual({ kind: 'error', error: forbidden })
  })
})
