import { describe, expect, it } from 'vitest'
import type { BackendCluster } from '../api/api-types'
import { createApiClient } from '../api/client'
import { mockStore } from './node'
import { SEED_GATEWAYS } from './seed/seed-gateways'
import { callMockApi, clustersPath, MOCK_API, validClusterBody } from './testing/call-mock-api'
import { aStringMatching, TRACE_ID } from './testing/typed-matchers'

const client = createApiClient({ baseUrl: MOCK_API, timeoutMs: 10_000 })
const analytics = SEED_GATEWAYS.analytics.id

async function listPage(gatewayId: string, query: Record<string, unknown> = {}) {
  const { data, error, response } = await client.GET(
    '/event-gateways/{gatewayId}/backend-clusters',
    {
      params: { path: { gatewayId }, query },
    },
  )
  if (!data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(error)}`)
  return data
}

/** The `page[after]` cursor of a next/previous link, or undefined when the link has none. */
function cursorOf(link: string): string | undefined {
  return new URL(link, 'http://localhost').searchParams.get('page[after]') ?? undefined
}

async function walk(gatewayId: string, size: number, filter?: string) {
  const names: string[] = []
  let after: string | undefined
  let pages = 0
  for (;;) {
    const page = await listPage(gatewayId, {
      'page[size]': size,
      ...(after && { 'page[after]': after }),
      ...(filter && { filter: { name: { contains: filter } } }),
    })
    pages += 1
    names.push(...(page.data ?? []).map((cluster) => cluster.name))
    const next = page.meta?.page.next
    if (!next) return { names, pages }
    after = cursorOf(next)
  }
}

const byNameThenId = (a: BackendCluster, b: BackendCluster) =>
  a.name.toLowerCase() < b.name.toLowerCase()
    ? -1
    : a.name.toLowerCase() > b.name.toLowerCase()
      ? 1
      : a.id < b.id
        ? -1
        : 1

describe('backend cluster list paging', () => {
  it('answers 100 clusters by default with a next link and no previous link on the first page', async () => {
    const page = await listPage(analytics)
    expect(page.data).toHaveLength(100)
    expect(page.meta?.page.size).toBe(100)
    expect(page.meta?.page.previous).toBeNull()
    expect(page.meta?.page.next).toMatch(
      new RegExp(
        `^/v1/event-gateways/${analytics}/backend-clusters\\?page%5Bsize%5D=100&page%5Bafter%5D=[A-Za-z0-9_-]+$`,
      ),
    )
  })

  it('walks all 260 clusters in name order without repeats, ending with next = null', async () => {
    const { names, pages } = await walk(analytics, 100)
    expect(pages).toBe(3)
    expect(names).toHaveLength(260)
    expect(new Set(names).size).toBe(260)
    expect(names).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)))
  })

  it('links the previous page: the second page back to the first, the third back to the second', async () => {
    const first = await listPage(analytics, { 'page[size]': 10 })
    const second = await listPage(analytics, {
      'page[size]': 10,
      'page[after]': cursorOf(first.meta?.page.next ?? ''),
    })
    const third = await listPage(analytics, {
      'page[size]': 10,
      'page[after]': cursorOf(second.meta?.page.next ?? ''),
    })
    expect(cursorOf(second.meta?.page.previous ?? 'missing')).toBeUndefined()
    expect(second.meta?.page.previous).toBe(
      `/v1/event-gateways/${analytics}/backend-clusters?page%5Bsize%5D=10`,
    )
    const back = await listPage(analytics, {
      'page[size]': 10,
      'page[after]': cursorOf(third.meta?.page.previous ?? ''),
    })
    expect(back.data?.map((c) => c.id)).toEqual(second.data?.map((c) => c.id))
  })

  it('sorts case-insensitively by name, then by id', async () => {
    const gatewayId = SEED_GATEWAYS.sandbox.id
    for (const name of ['beta', 'Alpha', 'alpha', 'ALPHA2']) {
      await callMockApi(clustersPath(gatewayId), {
        method: 'POST',
        body: validClusterBody({ name }),
      })
    }
    const page = await listPage(gatewayId)
    const data = page.data ?? []
    expect(data.map((c) => c.name.toLowerCase())).toEqual(['alpha', 'alpha', 'alpha2', 'beta'])
    expect(data).toEqual([...data].sort(byNameThenId))
  })

  it('neither skips nor repeats a cluster when others are created and deleted between page loads', async () => {
    const first = await listPage(analytics, { 'page[size]': 50 })
    const seen = (first.data ?? []).map((c) => c.name)
    // Delete one already seen, one not yet seen, and add one before the cursor.
    const seenVictim = first.data?.[10]
    const unseenVictim = (await listPage(analytics, { 'page[size]': 200 })).data?.[120]
    if (!seenVictim || !unseenVictim) throw new Error('seed too small')
    await callMockApi(clustersPath(analytics, seenVictim.id), { method: 'DELETE' })
    await callMockApi(clustersPath(analytics, unseenVictim.id), { method: 'DELETE' })
    await callMockApi(clustersPath(analytics), {
      method: 'POST',
      body: validClusterBody({ name: 'aaa-new' }),
    })
    let after = cursorOf(first.meta?.page.next ?? '')
    while (after) {
      const page = await listPage(analytics, { 'page[size]': 50, 'page[after]': after })
      seen.push(...(page.data ?? []).map((c) => c.name))
      after = page.meta?.page.next ? cursorOf(page.meta.page.next) : undefined
    }
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toHaveLength(259) // 260 seeded, minus the unseen deleted one; the new one sorts before the cursor
    expect(seen).not.toContain(unseenVictim.name)
  })

  it.each([
    ['0', 'min', { minimum: 1 }],
    ['1001', 'max', { maximum: 1000 }],
    ['ten', 'is_integer', {}],
    ['2.5', 'is_integer', {}],
  ])('rejects page[size]=%s with 400 and rule %s from the query', async (size, rule, extra) => {
    const answer = await callMockApi(`${clustersPath(analytics)}?page%5Bsize%5D=${size}`)
    expect(answer.status).toBe(400)
    expect(answer.contentType).toContain('application/problem+json')
    expect(answer.json).toMatchObject({
      status: 400,
      title: 'Bad Request',
      invalid_parameters: [{ field: 'page[size]', rule, source: 'query', ...extra }],
    })
  })

  it('accepts the page size bounds 1 and 1000', async () => {
    expect((await listPage(analytics, { 'page[size]': 1 })).data).toHaveLength(1)
    expect((await listPage(analytics, { 'page[size]': 1000 })).data).toHaveLength(260)
  })

  it('rejects a cursor it did not issue', async () => {
    const answer = await callMockApi(`${clustersPath(analytics)}?page%5Bafter%5D=not*a*cursor`)
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({
      invalid_parameters: [{ field: 'page[after]', source: 'query' }],
    })
  })

  it('filters by a case-insensitive name substring and keeps the filter in the links', async () => {
    const page = await listPage(analytics, {
      'page[size]': 5,
      filter: { name: { contains: 'CLICKSTREAM' } },
    })
    expect(page.data).toHaveLength(5)
    expect(page.data?.every((c) => c.name.startsWith('clickstream-'))).toBe(true)
    expect(page.meta?.page.next).toContain('filter%5Bname%5D%5Bcontains%5D=CLICKSTREAM')
    expect((await walk(analytics, 7, 'clickstream')).names).toHaveLength(20)
  })

  it('answers an empty last page for a filter without matches and for an empty gateway', async () => {
    const none = await listPage(analytics, { filter: { name: { contains: 'no-such-cluster' } } })
    expect(none).toMatchObject({ data: [], meta: { page: { next: null, previous: null } } })
    const empty = await listPage(SEED_GATEWAYS.sandbox.id)
    expect(empty).toMatchObject({
      data: [],
      meta: { page: { size: 100, next: null, previous: null } },
    })
  })

  it('pages through the 10,000 clusters of perf-lab and searches them quickly', async () => {
    const started = performance.now()
    const { names, pages } = await walk(SEED_GATEWAYS.perfLab.id, 1000)
    expect(pages).toBe(10)
    expect(new Set(names).size).toBe(10_000)
    const found = await listPage(SEED_GATEWAYS.perfLab.id, {
      filter: { name: { contains: '-04242' } },
    })
    expect(found.data?.map((c) => c.name)).toEqual(['loadtest-orders-us-east-1-04242'])
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('reads one page of perf-lab in a few milliseconds from the store', () => {
    const started = performance.now()
    for (let i = 0; i < 20; i++)
      mockStore.listClusters(SEED_GATEWAYS.perfLab.id, { size: 100, nameContains: 'payments' })
    expect((performance.now() - started) / 20).toBeLessThan(25)
  })
})

describe('event gateway list', () => {
  it('pages gateways by name and filters them', async () => {
    const page = await client.GET('/event-gateways', { params: { query: { 'page[size]': 2 } } })
    expect(page.data?.data.map((g) => g.name)).toEqual(['analytics-staging', 'logistics-legacy'])
    expect(page.data?.meta.page.next).toMatch(
      /^\/v1\/event-gateways\?page%5Bsize%5D=2&page%5Bafter%5D=/,
    )
    const filtered = await client.GET('/event-gateways', {
      params: { query: { filter: { name: { contains: 'PERF' } } } },
    })
    expect(filtered.data?.data.map((g) => g.name)).toEqual(['perf-lab'])
  })

  it('answers one gateway with its runtime version and totals, and 404 for an unknown id', async () => {
    const legacy = await callMockApi(`/event-gateways/${SEED_GATEWAYS.legacy.id}`)
    expect(legacy.json).toMatchObject({
      name: 'logistics-legacy',
      min_runtime_version: '1.0',
      nodes_total: 1,
    })
    const missing = await callMockApi('/event-gateways/00000000-0000-4000-8000-000000000000')
    expect(missing.status).toBe(404)
    expect(missing.json).toMatchObject({
      status: 404,
      title: 'Not Found',
      instance: aStringMatching(TRACE_ID),
    })
  })
})
