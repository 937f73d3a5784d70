import { afterEach, describe, expect, it, vi } from 'vitest'
import { SEED_CLUSTERS } from './seed/seed-curated-ids'
import { SEED_GATEWAYS } from './seed/seed-gateways'
import { callMockApi, clustersPath, validClusterBody } from './testing/call-mock-api'
import { aStringContaining, aStringMatching, TRACE_ID } from './testing/typed-matchers'

const payments = SEED_GATEWAYS.payments.id
const sandbox = SEED_GATEWAYS.sandbox.id
const UNKNOWN = '00000000-0000-4000-8000-00000000abcd'

afterEach(() => {
  vi.useRealTimers()
})

async function create(gatewayId: string, body: Record<string, unknown>) {
  return callMockApi(clustersPath(gatewayId), { method: 'POST', body })
}

function idOf(json: unknown): string {
  return (json as { id: string }).id
}

describe('backend cluster create, read, replace and delete', () => {
  it('creates with 201 and applies the spec defaults', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-11-03T10:00:00.000Z'))
    const answer = await create(sandbox, validClusterBody())
    expect(answer.status).toBe(201)
    expect(answer.json).toEqual({
      id: aStringMatching(/^[0-9a-f-]{36}$/),
      name: 'checkout-events',
      description: '',
      authentication: { type: 'sasl_scram', algorithm: 'sha512', username: 'checkout' },
      insecure_allow_anonymous_virtual_cluster_auth: false,
      bootstrap_servers: ['kafka-1.checkout.prod.internal:9093'],
      tls: { enabled: true, insecure_skip_verify: false, tls_versions: ['tls12', 'tls13'] },
      metadata_update_interval_seconds: 60,
      labels: {},
      created_at: '2025-11-03T10:00:00.000Z',
      updated_at: '2025-11-03T10:00:00.000Z',
    })
  })

  it('keeps the values a client sent instead of the defaults', async () => {
    const body = validClusterBody({
      description: 'Checkout',
      insecure_allow_anonymous_virtual_cluster_auth: true,
      tls: { enabled: true, insecure_skip_verify: true, tls_versions: ['tls13'] },
      metadata_update_interval_seconds: 5,
      labels: { env: 'prod' },
    })
    const answer = await create(sandbox, body)
    expect(answer.json).toMatchObject({
      description: 'Checkout',
      insecure_allow_anonymous_virtual_cluster_auth: true,
      tls: { enabled: true, insecure_skip_verify: true, tls_versions: ['tls13'] },
      metadata_update_interval_seconds: 5,
      labels: { env: 'prod' },
    })
  })

  it('reads back what it created, and lists it', async () => {
    const created = await create(sandbox, validClusterBody())
    const read = await callMockApi(clustersPath(sandbox, idOf(created.json)))
    expect(read.status).toBe(200)
    expect(read.json).toEqual(created.json)
    const list = await callMockApi(clustersPath(sandbox))
    expect(list.json).toMatchObject({ data: [created.json] })
  })

  it('replaces a cluster in full with PUT, keeping created_at and moving updated_at', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-11-03T10:00:00.000Z'))
    const created = await create(
      sandbox,
      validClusterBody({ description: 'old', labels: { a: 'b' } }),
    )
    vi.setSystemTime(new Date('2025-11-04T12:30:00.000Z'))
    const body = validClusterBody({ name: 'checkout-events-v2', tls: { enabled: false } })
    const replaced = await callMockApi(clustersPath(sandbox, idOf(created.json)), {
      method: 'PUT',
      body,
    })
    expect(replaced.status).toBe(200)
    expect(replaced.json).toMatchObject({
      id: idOf(created.json),
      name: 'checkout-events-v2',
      description: '',
      labels: {},
      tls: { enabled: false, insecure_skip_verify: false, tls_versions: ['tls12', 'tls13'] },
      created_at: '2025-11-03T10:00:00.000Z',
      updated_at: '2025-11-04T12:30:00.000Z',
    })
  })

  it('deletes with 204, then answers 404 to a second delete and to a read', async () => {
    const path = clustersPath(payments, SEED_CLUSTERS.paymentsDev.id)
    const first = await callMockApi(path, { method: 'DELETE' })
    expect(first).toMatchObject({ status: 204, text: '' })
    expect((await callMockApi(path, { method: 'DELETE' })).status).toBe(404)
    const read = await callMockApi(path)
    expect(read.status).toBe(404)
    expect(read.contentType).toContain('application/problem+json')
    expect(read.json).toMatchObject({
      status: 404,
      title: 'Not Found',
      detail: aStringContaining(SEED_CLUSTERS.paymentsDev.id),
    })
  })

  it('answers 404 for a cluster id that does not exist, on read and replace', async () => {
    expect((await callMockApi(clustersPath(payments, UNKNOWN))).status).toBe(404)
    const put = await callMockApi(clustersPath(payments, UNKNOWN), {
      method: 'PUT',
      body: validClusterBody(),
    })
    expect(put.status).toBe(404)
  })

  it.each([
    ['GET', clustersPath(UNKNOWN)],
    ['POST', clustersPath(UNKNOWN)],
    ['GET', clustersPath(UNKNOWN, SEED_CLUSTERS.paymentsCore.id)],
    ['PUT', clustersPath(UNKNOWN, SEED_CLUSTERS.paymentsCore.id)],
    ['DELETE', clustersPath(UNKNOWN, SEED_CLUSTERS.paymentsCore.id)],
  ])('answers 404 problem+json to %s %s for an unknown gateway', async (method, path) => {
    const answer = await callMockApi(path, {
      method,
      ...(method === 'POST' || method === 'PUT' ? { body: validClusterBody() } : {}),
    })
    expect(answer.status).toBe(404)
    expect(answer.contentType).toContain('application/problem+json')
    expect(answer.json).toMatchObject({
      status: 404,
      detail: `Event gateway [${UNKNOWN}] was not found.`,
    })
  })

  it('answers 409 when creating a cluster whose exact name is taken in the gateway', async () => {
    const answer = await create(payments, validClusterBody({ name: 'payments-core' }))
    expect(answer.status).toBe(409)
    expect(answer.json).toEqual({
      status: 409,
      title: 'Conflict',
      type: 'https://httpstatuses.com/409',
      detail: 'A backend cluster named [payments-core] already exists in this event gateway.',
      instance: aStringMatching(TRACE_ID),
    })
  })

  it('treats names case-sensitively and per gateway', async () => {
    expect((await create(payments, validClusterBody({ name: 'Payments-Core' }))).status).toBe(201)
    expect((await create(sandbox, validClusterBody({ name: 'payments-core' }))).status).toBe(201)
  })

  it('answers 409 when a PUT renames a cluster to a name another one uses, but not to its own', async () => {
    const path = clustersPath(payments, SEED_CLUSTERS.paymentsDev.id)
    const taken = await callMockApi(path, {
      method: 'PUT',
      body: validClusterBody({ name: 'payments-core' }),
    })
    expect(taken.status).toBe(409)
    const own = await callMockApi(path, {
      method: 'PUT',
      body: validClusterBody({ name: 'payments-dev' }),
    })
    expect(own.status).toBe(200)
  })

  it('bumps the gateway version on every change under it', async () => {
    const before = await callMockApi(`/event-gateways/${sandbox}`)
    await create(sandbox, validClusterBody())
    const after = await callMockApi(`/event-gateways/${sandbox}`)
    expect((before.json as { version: string }).version).toBe('v1.1')
    expect((after.json as { version: string }).version).toBe('v1.2')
  })

  it('restores the seed on reset', async () => {
    const { mockStore } = await import('./node')
    await create(sandbox, validClusterBody())
    mockStore.reset()
    expect(mockStore.listClusters(sandbox, { size: 10 })?.items).toEqual([])
  })
})
