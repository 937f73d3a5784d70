import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/api-error'
import type { BackendCluster, BackendClusterListResponse } from '../../../api/api-types'
import { apiCluster } from '../form/backend-cluster-fixtures.test-support'
import { clusterListView } from './cluster-list-view'

const cluster = apiCluster()
const page = (data: BackendCluster[]): BackendClusterListResponse => ({
  data,
  meta: { page: { size: 25, next: null, previous: null } },
})
const settled = (data: BackendClusterListResponse) => ({
  data,
  error: null,
  isPlaceholderData: false,
})

describe('clusterListView', () => {
  it('is loading until the first answer', () => {
    expect(clusterListView({ data: undefined, error: null, isPlaceholderData: false }, {})).toEqual(
      { kind: 'loading' },
    )
  })

  it('shows rows, marked refreshing while they are the previous view’s', () => {
    expect(clusterListView(settled(page([cluster])), {})).toEqual({
      kind: 'rows',
      clusters: [cluster],
      refreshing: false,
    })
    expect(
      clusterListView({ data: page([cluster]), error: null, isPlaceholderData: true }, { q: 'x' }),
    ).toMatchObject({ kind: 'rows', refreshing: true })
  })

  it('tells an empty gateway, an empty search and an empty cursor page apart', () => {
    expect(clusterListView(settled(page([])), {}).kind).toBe('empty')
    expect(clusterListView(settled(page([])), { q: 'zzz' }).kind).toBe('no-results')
    expect(clusterListView(settled(page([])), { q: 'zzz', after: 'c' }).kind).toBe('no-results')
    expect(clusterListView(settled(page([])), { after: 'c' }).kind).toBe('past-end')
    expect(clusterListView(settled({}), {}).kind).toBe('empty')
  })

  it('waits for the whole list rather than trust an empty placeholder from a search', () => {
    const placeholder = { data: page([]), error: null, isPlaceholderData: true }
    expect(clusterListView(placeholder, {}).kind).toBe('loading')
    expect(clusterListView(placeholder, { q: 'zz' }).kind).toBe('no-results')
  })

  it('calls a 400 on page[after] a stale link, and any other failure an error', () => {
    const badCursor = new ApiError(400, {
      title: 'Bad Request',
      invalid_parameters: [
        { field: 'page[after]', rule: 'invalid', reason: 'bad', source: 'query' },
      ],
    })
    const query = { data: undefined, error: badCursor, isPlaceholderData: false }
    expect(clusterListView(query, { after: 'c' })).toEqual({ kind: 'stale-cursor' })
    expect(clusterListView(query, {})).toEqual({ kind: 'error', error: badCursor })
    const forbidden = new ApiError(403, { title: 'Forbidden' })
    expect(
      clusterListView({ data: page([cluster]), error: forbidden, isPlaceholderData: false }, {}),
    ).toEqual({ kind: 'error', error: forbidden })
  })
})
