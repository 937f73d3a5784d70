import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EventGateway, VirtualCluster } from '../api/api-types'
import { SEED_CLUSTERS, SEED_VIRTUAL_CLUSTERS } from './seed/seed-curated-ids'
import { SEED_GATEWAYS } from './seed/seed-gateways'
import {
  callMockApi,
  clustersPath,
  validClusterBody,
  validVirtualClusterBody,
  virtualClustersPath,
} from './testing/call-mock-api'
import { aStringContaining, aStringMatching, TRACE_ID } from './testing/typed-matchers'

const payments = SEED_GATEWAYS.payments.id
const orders = SEED_GATEWAYS.orders.id
const UNKNOWN = '00000000-0000-4000-8000-00000000abcd'

afterEach(() => {
  vi.useRealTimers()
})

async function create(gatewayId: string, body: Record<string, unknown>) {
  return callMockApi(virtualClustersPath(gatewayId), { method: 'POST', body })
}

async function gateway(gatewayId: string): Promise<EventGateway> {
  return (await callMockApi(`/event-gateways/${gatewayId}`)).json as EventGateway
}

function idOf(json: unknown): string {
  return (json as { id: string }).id
}

describe('virtual cluster create, read, replace and delete', () => {
  it('creates with 201, resolves the destination to id and name, and applies the spec defaults', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-11-03T10:00:00.000Z'))
    const answer = await create(payments, validVirtualClusterBody())
    expect(answer.status).toBe(201)
    expect(answer.contentType).toContain('application/json')
    expect(answer.json).toEqual({
      id: aStringMatching(/^[0-9a-f-]{36}$/),
      name: 'checkout-events',
      description: '',
      destination: SEED_CLUSTERS.paymentsCore,
      authentication: [{ type: 'sasl_scram', algorithm: 'sha512' }],
      dns_label: 'checkout-events',
      acl_mode: 'passthrough',
      labels: {},
      created_at: '2025-11-03T10:00:00.000Z',
      updated_at: '2025-11-03T10:00:00.000Z',
    })
  })

  it('fills the nested defaults: JWKS timeouts, alias condition and conflict, topic selector conflict', async () => {
    const answer = await create(
      payments,
      validVirtualClusterBody({
        authentication: [
          {
            type: 'oauth_bearer',
            mediation: 'validate_forward',
            jwks: { endpoint: 'https://login.example/jwks.json' },
          },
        ],
        namespace: {
          mode: 'hide_prefix',
          prefix: 'team_',
          additional: {
            topics: [
              { type: 'glob', glob: 'shared_*' },
              { type: 'exact_list', exact_list: [{ backend: 'rates' }] },
            ],
            consumer_groups: [{ type: 'glob', glob: 'team-*' }],
          },
        },
        topic_aliases: [{ alias: 'orders', topic: 'team_orders' }],
      }),
    )
    expect(answer.status).toBe(201)
    expect(answer.json).toMatchObject({
      authentication: [
        {
          jwks: {
            endpoint: 'https://login.example/jwks.json',
            timeout: '10s',
            cache_expiration: '1h',
          },
        },
      ],
      namespace: {
        additional: {
          topics: [
            { type: 'glob', glob: 'shared_*', conflict: 'warn' },
            { type: 'exact_list', exact_list: [{ backend: 'rates' }], conflict: 'warn' },
          ],
          consumer_groups: [{ type: 'glob', glob: 'team-*' }],
        },
      },
      topic_aliases: [{ alias: 'orders', topic: 'team_orders', condition: '', conflict: 'warn' }],
    })
  })

  it('keeps the values a client sent instead of the defaults, and leaves optional parts out when not sent', async () => {
    const answer = await create(
      payments,
      validVirtualClusterBody({
        description: 'Checkout',
        labels: { env: 'prod' },
        topic_aliases: [
          {
            alias: 'a',
            topic: 'b',
            condition: "context.auth.type == 'anonymous'",
            conflict: 'ignore',
          },
        ],
      }),
    )
    expect(answer.json).toMatchObject({
      description: 'Checkout',
      labels: { env: 'prod' },
      topic_aliases: [{ condition: "context.auth.type == 'anonymous'", conflict: 'ignore' }],
    })
    const plain = await create(
      payments,
      validVirtualClusterBody({ name: 'plain', dns_label: 'plain' }),
    )
    expect(plain.json).not.toHaveProperty('namespace')
    expect(plain.json).not.toHaveProperty('topic_aliases')
  })

  it('accepts the destination by name, case-sensitively', async () => {
    const answer = await create(
      payments,
      validVirtualClusterBody({ destination: { name: 'Settlements Archive' } }),
    )
    expect(answer.status).toBe(201)
    expect(answer.json).toMatchObject({ destination: SEED_CLUSTERS.settlementsArchive })
    const wrongCase = await create(
      payments,
      validVirtualClusterBody({
        name: 'x',
        dns_label: 'x',
        destination: { name: 'settlements archive' },
      }),
    )
    expect(wrongCase.status).toBe(400)
  })

  it('goes by the id when a destination has both id and name', async () => {
    const answer = await create(
      payments,
      validVirtualClusterBody({
        destination: { id: SEED_CLUSTERS.ledgerEvents.id, name: 'payments-core' },
      }),
    )
    expect(answer.json).toMatchObject({ destination: SEED_CLUSTERS.ledgerEvents })
  })

  it('reads back what it created, and lists it', async () => {
    const created = await create(payments, validVirtualClusterBody())
    const read = await callMockApi(virtualClustersPath(payments, idOf(created.json)))
    expect(read.status).toBe(200)
    expect(read.json).toEqual(created.json)
    const list = await callMockApi(
      `${virtualClustersPath(payments)}?filter%5Bname%5D%5Bcontains%5D=checkout-events`,
    )
    expect(list.json).toMatchObject({ data: [created.json] })
  })

  it('replaces in full with PUT, keeping created_at and moving updated_at', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-11-03T10:00:00.000Z'))
    const created = await create(
      payments,
      validVirtualClusterBody({
        description: 'old',
        labels: { a: 'b' },
        namespace: { mode: 'hide_prefix', prefix: 'x_' },
      }),
    )
    vi.setSystemTime(new Date('2025-11-04T12:30:00.000Z'))
    const replaced = await callMockApi(virtualClustersPath(payments, idOf(created.json)), {
      method: 'PUT',
      body: validVirtualClusterBody({
        name: 'checkout-events-v2',
        dns_label: 'checkout-v2',
        destination: { id: SEED_CLUSTERS.fraudScoring.id },
        acl_mode: 'enforce_on_gateway',
      }),
    })
    expect(replaced.status).toBe(200)
    expect(replaced.json).toEqual({
      id: idOf(created.json),
      name: 'checkout-events-v2',
      description: '',
      destination: SEED_CLUSTERS.fraudScoring,
      authentication: [{ type: 'sasl_scram', algorithm: 'sha512' }],
      dns_label: 'checkout-v2',
      acl_mode: 'enforce_on_gateway',
      labels: {},
      created_at: '2025-11-03T10:00:00.000Z',
      updated_at: '2025-11-04T12:30:00.000Z',
    })
  })

  it('shows the destination under its current name after the backend cluster is renamed', async () => {
    const renamed = await callMockApi(clustersPath(payments, SEED_CLUSTERS.ledgerEvents.id), {
      method: 'PUT',
      body: validClusterBody({
        name: 'ledger-events-v2',
        authentication: { type: 'sasl_scram', algorithm: 'sha256', username: 'ledger-writer' },
      }),
    })
    expect(renamed.status).toBe(200)
    const read = await callMockApi(
      virtualClustersPath(payments, SEED_VIRTUAL_CLUSTERS.ledgerAudit.id),
    )
    expect(read.json).toMatchObject({
      destination: { id: SEED_CLUSTERS.ledgerEvents.id, name: 'ledger-events-v2' },
    })
  })

  it('deletes with 204, then answers 404 to a second delete, a read and a replace', async () => {
    const path = virtualClustersPath(payments, SEED_VIRTUAL_CLUSTERS.paymentsPartners.id)
    const first = await callMockApi(path, { method: 'DELETE' })
    expect(first).toMatchObject({ status: 204, text: '' })
    expect((await callMockApi(path, { method: 'DELETE' })).status).toBe(404)
    const put = await callMockApi(path, { method: 'PUT', body: validVirtualClusterBody() })
    expect(put.status).toBe(404)
    const read = await callMockApi(path)
    expect(read.status).toBe(404)
    expect(read.contentType).toContain('application/problem+json')
    expect(read.json).toMatchObject({
      status: 404,
      title: 'Not Found',
      detail: `Virtual cluster [${SEED_VIRTUAL_CLUSTERS.paymentsPartners.id}] was not found in this event gateway.`,
      instance: aStringMatching(TRACE_ID),
    })
  })

  it('answers 404 for a virtual cluster of another gateway', async () => {
    const answer = await callMockApi(
      virtualClustersPath(orders, SEED_VIRTUAL_CLUSTERS.paymentsPublic.id),
    )
    expect(answer.status).toBe(404)
  })

  it.each([
    ['GET', virtualClustersPath(UNKNOWN)],
    ['POST', virtualClustersPath(UNKNOWN)],
    ['GET', virtualClustersPath(UNKNOWN, SEED_VIRTUAL_CLUSTERS.paymentsPublic.id)],
    ['PUT', virtualClustersPath(UNKNOWN, SEED_VIRTUAL_CLUSTERS.paymentsPublic.id)],
    ['DELETE', virtualClustersPath(UNKNOWN, SEED_VIRTUAL_CLUSTERS.paymentsPublic.id)],
  ])('answers 404 problem+json to %s %s for an unknown gateway', async (method, path) => {
    const answer = await callMockApi(path, {
      method,
      ...(method === 'POST' || method === 'PUT' ? { body: validVirtualClusterBody() } : {}),
    })
    expect(answer.status).toBe(404)
    expect(answer.contentType).toContain('application/problem+json')
    expect(answer.json).toMatchObject({ detail: `Event gateway [${UNKNOWN}] was not found.` })
  })

  it('keeps the gateway totals true: virtual_clusters_total follows creates and deletes, version every change', async () => {
    const before = await gateway(payments)
    const created = await create(payments, validVirtualClusterBody())
    const afterCreate = await gateway(payments)
    expect(afterCreate.virtual_clusters_total).toBe(before.virtual_clusters_total + 1)
    await callMockApi(virtualClustersPath(payments, idOf(created.json)), { method: 'DELETE' })
    await callMockApi(virtualClustersPath(payments, SEED_VIRTUAL_CLUSTERS.ledgerAudit.id), {
      method: 'DELETE',
    })
    const afterDeletes = await gateway(payments)
    expect(afterDeletes.virtual_clusters_total).toBe(before.virtual_clusters_total - 1)
    const revision = (g: EventGateway) => Number(g.version.replace('v1.', ''))
    expect(revision(afterDeletes)).toBe(revision(before) + 3)
  })
})

describe('unique names and DNS labels per gateway', () => {
  it('answers 409 to a name another virtual cluster of the gateway has', async () => {
    const answer = await create(
      payments,
      validVirtualClusterBody({ name: 'payments-public', dns_label: 'fresh-label' }),
    )
    expect(answer.status).toBe(409)
    expect(answer.contentType).toContain('application/problem+json')
    expect(answer.json).toEqual({
      status: 409,
      title: 'Conflict',
      type: 'https://httpstatuses.com/409',
      detail: 'A virtual cluster named [payments-public] already exists in this event gateway.',
      instance: aStringMatching(TRACE_ID),
    })
  })

  it('answers 409 to a DNS label another virtual cluster of the gateway has', async () => {
    const answer = await create(
      payments,
      validVirtualClusterBody({ name: 'fresh-name', dns_label: 'payments-public' }),
    )
    expect(answer.status).toBe(409)
    expect(answer.json).toMatchObject({
      detail:
        'A virtual cluster with the DNS label [payments-public] already exists in this event gateway.',
    })
  })

  it('treats names case-sensitively, and names and labels per gateway', async () => {
    expect(
      (await create(payments, validVirtualClusterBody({ name: 'Payments-Public' }))).status,
    ).toBe(201)
    const otherGateway = await create(
      orders,
      validVirtualClusterBody({
        name: 'payments-public',
        dns_label: 'payments-public',
        destination: { id: SEED_CLUSTERS.ordersMsk.id },
      }),
    )
    expect(otherGateway.status).toBe(201)
  })

  it('lets a PUT keep its own name and label, and refuses another one’s', async () => {
    const path = virtualClustersPath(payments, SEED_VIRTUAL_CLUSTERS.ledgerAudit.id)
    const own = await callMockApi(path, {
      method: 'PUT',
      body: validVirtualClusterBody({ name: 'ledger-audit', dns_label: 'ledger-audit' }),
    })
    expect(own.status).toBe(200)
    const takenName = await callMockApi(path, {
      method: 'PUT',
      body: validVirtualClusterBody({ name: 'payments-internal', dns_label: 'ledger-audit' }),
    })
    expect(takenName.status).toBe(409)
    const takenLabel = await callMockApi(path, {
      method: 'PUT',
      body: validVirtualClusterBody({ name: 'ledger-audit', dns_label: 'payments-internal' }),
    })
    expect(takenLabel).toMatchObject({
      status: 409,
      json: { detail: aStringContaining('[payments-internal]') },
    })
  })

  it('checks the body (400) before uniqueness (409)', async () => {
    const answer = await create(
      payments,
      validVirtualClusterBody({ name: 'payments-public', destination: { id: UNKNOWN } }),
    )
    expect(answer.status).toBe(400)
  })

  it('frees a name and label once their virtual cluster is deleted', async () => {
    await callMockApi(virtualClustersPath(payments, SEED_VIRTUAL_CLUSTERS.paymentsPublic.id), {
      method: 'DELETE',
    })
    const answer = await create(
      payments,
      validVirtualClusterBody({ name: 'payments-public', dns_label: 'payments-public' }),
    )
    expect(answer.status).toBe(201)
    expect((answer.json as VirtualCluster).name).toBe('payments-public')
  })
})
