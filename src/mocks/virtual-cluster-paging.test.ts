import { describe, expect, it } from 'vitest'
import type { VirtualClusterListResponse } from '../api/api-types'
import { createApiClient } from '../api/client'
import type { operations } from '../api/schema'
import { SEED_CLUSTERS } from './seed/seed-curated-ids'
import { SEED_GATEWAYS } from './seed/seed-gateways'
import {
  callMockApi,
  MOCK_API,
  validVirtualClusterBody,
  virtualClustersPath,
} from './testing/call-mock-api'

const client = createApiClient({ baseUrl: MOCK_API, timeoutMs: 10_000 })
const payments = SEED_GATEWAYS.payments.id
const core = SEED_CLUSTERS.paymentsCore.id

type ListQuery = NonNullable<
  operations['list-event-gateway-virtual-clusters']['parameters']['query']
>

async function listPage(
  gatewayId: string,
  query: ListQuery = {},
): Promise<VirtualClusterListResponse> {
  const { data, error, response } = await client.GET(
    '/event-gateways/{gatewayId}/virtual-clusters',
    {
      params: { path: { gatewayId }, query },
    },
  )
  if (!data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(error)}`)
  return data
}

function cursorOf(link: string): string | undefined {
  return new URL(link, 'http://localhost').searchParams.get('page[after]') ?? undefined
}

async function walk(gatewayId: string, size: number, query: ListQuery = {}) {
  const names: string[] = []
  let after: string | undefined
  let pages = 0
  for (;;) {
    const page = await listPage(gatewayId, {
      ...query,
      'page[size]': size,
      ...(after && { 'page[after]': after }),
    })
    pages += 1
    names.push(...(page.data ?? []).map((virtualCluster) => virtualCluster.name))
    const next = page.meta?.page.next
    if (!next) return { names, pages }
    after = cursorOf(next)
  }
}

const lowerSorted = (names: string[]) =>
  [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))

describe('virtual cluster list', () => {
  it('lists a gateway’s virtual clusters by name, with links only where there is a page', async () => {
    const page = await listPage(payments)
    const names = (page.data ?? []).map((virtualCluster) => virtualCluster.name)
    expect(names).toEqual(lowerSorted(names))
    expect(names).toContain('payments-public')
    expect(page.meta?.page).toEqual({
      size: 100,
      first: `/v1/event-gateways/${payments}/virtual-clusters?page%5Bsize%5D=100`,
      next: null,
      previous: null,
    })
  })

  it('walks every virtual cluster with cursors, without repeats, in name order', async () => {
    for (const name of ['zeta', 'Alpha', 'alpha-2', 'mid']) {
      const created = await callMockApi(virtualClustersPath(payments), {
        method: 'POST',
        body: validVirtualClusterBody({ name, dns_label: name.toLowerCase() }),
      })
      expect(created.status).toBe(201)
    }
    const all = (await listPage(payments, { 'page[size]': 1000 })).data?.map((v) => v.name) ?? []
    const { names, pages } = await walk(payments, 2)
    expect(pages).toBe(Math.ceil(all.length / 2))
    expect(names).toEqual(all)
    expect(new Set(names).size).toBe(names.length)
    expect(names.slice(0, 2)).toEqual(['Alpha', 'alpha-2'])
    expect(names.at(-1)).toBe('zeta')
  })

  it('links back from the second page to the first', async () => {
    const first = await listPage(payments, { 'page[size]': 3 })
    const second = await listPage(payments, {
      'page[size]': 3,
      'page[after]': cursorOf(first.meta?.page.next ?? ''),
    })
    expect(second.meta?.page.previous).toBe(
      `/v1/event-gateways/${payments}/virtual-clusters?page%5Bsize%5D=3`,
    )
    expect(second.data?.[0]?.name).not.toBe(first.data?.[0]?.name)
  })

  it('filters by a case-insensitive name substring', async () => {
    const page = await listPage(payments, { filter: { name: { contains: 'PAYMENTS-' } } })
    expect(page.data?.map((v) => v.name)).toEqual([
      'payments-internal',
      'payments-partners',
      'payments-public',
    ])
  })

  it('filters by backend cluster id, as filter[backend_cluster_id][eq] or filter[backend_cluster_id]', async () => {
    const typed = await listPage(payments, { filter: { backend_cluster_id: { eq: core } } })
    expect(typed.data?.map((v) => v.name)).toEqual([
      'payments-internal',
      'payments-partners',
      'payments-public',
    ])
    expect(typed.data?.every((v) => v.destination.id === core)).toBe(true)
    const bare = await callMockApi(
      `${virtualClustersPath(payments)}?filter%5Bbackend_cluster_id%5D=${core}`,
    )
    expect((bare.json as VirtualClusterListResponse).data).toEqual(typed.data)
  })

  it('matches the backend cluster id exactly: no prefix, no other case', async () => {
    for (const id of [core.slice(0, 8), core.toUpperCase()]) {
      const page = await listPage(payments, { filter: { backend_cluster_id: { eq: id } } })
      expect(page.data).toEqual([])
    }
    const unused = await listPage(payments, {
      filter: { backend_cluster_id: { eq: SEED_CLUSTERS.paymentsDev.id } },
    })
    expect(unused).toMatchObject({ data: [], meta: { page: { next: null, previous: null } } })
  })

  it('combines both filters and keeps them, and the size, in the links', async () => {
    const query: ListQuery = {
      'page[size]': 1,
      filter: { name: { contains: 'P' }, backend_cluster_id: { eq: core } },
    }
    const first = await listPage(payments, query)
    expect(first.data?.map((v) => v.name)).toEqual(['payments-internal'])
    const next = first.meta?.page.next ?? ''
    const params = new URL(next, 'http://localhost').searchParams
    expect(params.get('page[size]')).toBe('1')
    expect(params.get('filter[name][contains]')).toBe('P')
    expect(params.get('filter[backend_cluster_id][eq]')).toBe(core)
    const { names } = await walk(payments, 1, query)
    expect(names).toEqual(['payments-internal', 'payments-partners', 'payments-public'])
    const narrowed = await listPage(payments, {
      filter: { name: { contains: 'public' }, backend_cluster_id: { eq: core } },
    })
    expect(narrowed.data?.map((v) => v.name)).toEqual(['payments-public'])
  })

  it('answers an empty list for a gateway without virtual clusters', async () => {
    const empty = await listPage(SEED_GATEWAYS.sandbox.id)
    expect(empty).toMatchObject({ data: [], meta: { page: { size: 100, next: null } } })
  })

  it.each([
    ['0', 'min'],
    ['1001', 'max'],
    ['many', 'is_integer'],
  ])('rejects page[size]=%s with 400 and rule %s', async (size, rule) => {
    const answer = await callMockApi(`${virtualClustersPath(payments)}?page%5Bsize%5D=${size}`)
    expect(answer.status).toBe(400)
    expect(answer.contentType).toContain('application/problem+json')
    expect(answer.json).toMatchObject({
      invalid_parameters: [{ field: 'page[size]', rule, source: 'query' }],
    })
  })

  it('rejects a cursor it did not issue', async () => {
    const answer = await callMockApi(`${virtualClustersPath(payments)}?page%5Bafter%5D=nope!`)
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({ invalid_parameters: [{ field: 'page[after]' }] })
  })
})
