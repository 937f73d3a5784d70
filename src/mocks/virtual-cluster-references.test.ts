import { describe, expect, it } from 'vitest'
import type { BackendCluster } from '../api/api-types'
import { mockStore } from './node'
import { SEED_CLUSTERS, SEED_VIRTUAL_CLUSTERS } from './seed/seed-curated-ids'
import { SEED_GATEWAYS } from './seed/seed-gateways'
import {
  callMockApi,
  clustersPath,
  validVirtualClusterBody,
  virtualClustersPath,
} from './testing/call-mock-api'
import { aStringMatching, TRACE_ID } from './testing/typed-matchers'

const payments = SEED_GATEWAYS.payments.id
const legacy = SEED_GATEWAYS.legacy.id
const UNKNOWN = '00000000-0000-4000-8000-00000000abcd'
const C = SEED_CLUSTERS
const V = SEED_VIRTUAL_CLUSTERS

async function createVirtualCluster(body: Record<string, unknown>, gatewayId = payments) {
  return callMockApi(virtualClustersPath(gatewayId), { method: 'POST', body })
}

/** The stored backend cluster as a PUT body (without its read-only fields), with changes. */
function asPutBody(
  gatewayId: string,
  clusterId: string,
  changes: Partial<BackendCluster>,
): Record<string, unknown> {
  const stored = mockStore.getStoredCluster(gatewayId, clusterId)
  if (!stored) throw new Error('seed changed')
  const body: Record<string, unknown> = { ...stored, ...changes }
  for (const readOnly of ['id', 'created_at', 'updated_at']) Reflect.deleteProperty(body, readOnly)
  return body
}

describe('the destination must exist in the gateway', () => {
  it.each([
    [
      'an unknown id',
      { id: UNKNOWN },
      `no backend cluster with id [${UNKNOWN}] exists in this event gateway`,
    ],
    [
      'an unknown name',
      { name: 'no-such-cluster' },
      'no backend cluster with name [no-such-cluster] exists in this event gateway',
    ],
    [
      'a backend cluster of another gateway',
      { id: C.ordersMsk.id },
      `no backend cluster with id [${C.ordersMsk.id}] exists in this event gateway`,
    ],
  ])('answers 400 missing_reference on destination for %s', async (_, destination, reason) => {
    const answer = await createVirtualCluster(validVirtualClusterBody({ destination }))
    expect(answer.status).toBe(400)
    expect(answer.contentType).toContain('application/problem+json')
    expect(answer.json).toEqual({
      status: 400,
      title: 'Bad Request',
      type: 'https://httpstatuses.com/400',
      instance: aStringMatching(TRACE_ID),
      detail: 'The request body is invalid.',
      invalid_parameters: [
        { field: 'destination', rule: 'missing_reference', reason, source: 'body' },
      ],
    })
  })

  it('refuses a PUT that points at a backend cluster deleted meanwhile', async () => {
    expect(
      (await callMockApi(clustersPath(payments, C.paymentsDev.id), { method: 'DELETE' })).status,
    ).toBe(204)
    const answer = await callMockApi(virtualClustersPath(payments, V.ledgerAudit.id), {
      method: 'PUT',
      body: validVirtualClusterBody({
        name: 'ledger-audit',
        dns_label: 'ledger-audit',
        destination: { id: C.paymentsDev.id },
      }),
    })
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({
      invalid_parameters: [{ field: 'destination', rule: 'missing_reference' }],
    })
  })
})

describe('anonymous authentication needs the destination’s permission', () => {
  it('answers 400 on authentication when the destination does not allow anonymous virtual clusters', async () => {
    const answer = await createVirtualCluster(
      validVirtualClusterBody({
        authentication: [{ type: 'sasl_scram', algorithm: 'sha256' }, { type: 'anonymous' }],
      }),
    )
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({
      detail: 'The request body is invalid.',
      invalid_parameters: [
        {
          field: 'authentication',
          rule: 'invalid',
          reason:
            'anonymous authentication needs a backend cluster that allows it; [payments-core] has insecure_allow_anonymous_virtual_cluster_auth off',
          source: 'body',
        },
      ],
    })
  })

  it('allows it on a backend cluster with insecure_allow_anonymous_virtual_cluster_auth', async () => {
    const answer = await createVirtualCluster(
      validVirtualClusterBody({
        destination: { id: C.paymentsDev.id },
        authentication: [{ type: 'anonymous' }],
      }),
    )
    expect(answer.status).toBe(201)
  })

  it('checks it on PUT too, with the destination the PUT names', async () => {
    const answer = await callMockApi(virtualClustersPath(payments, V.payoutsSandbox.id), {
      method: 'PUT',
      body: validVirtualClusterBody({
        name: 'payouts-sandbox',
        dns_label: 'payouts-sandbox',
        destination: { id: C.paymentsCore.id },
        authentication: [{ type: 'anonymous' }],
      }),
    })
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({ invalid_parameters: [{ field: 'authentication' }] })
  })
})

describe('a backend cluster keeps allowing anonymous access while anonymous virtual clusters use it', () => {
  it('refuses a PUT turning the flag off, naming the anonymous virtual clusters', async () => {
    await createVirtualCluster(
      validVirtualClusterBody({
        name: 'payouts-open-2',
        dns_label: 'payouts-open-2',
        destination: { id: C.payoutsStaging.id },
        authentication: [{ type: 'anonymous' }],
      }),
    )
    const path = clustersPath(payments, C.payoutsStaging.id)
    const answer = await callMockApi(path, {
      method: 'PUT',
      body: asPutBody(payments, C.payoutsStaging.id, {
        insecure_allow_anonymous_virtual_cluster_auth: false,
      }),
    })
    expect(answer.status).toBe(400)
    expect(answer.contentType).toContain('application/problem+json')
    expect(answer.json).toMatchObject({
      status: 400,
      invalid_parameters: [
        {
          field: 'insecure_allow_anonymous_virtual_cluster_auth',
          rule: 'invalid',
          reason:
            'must stay true while virtual clusters with anonymous authentication use this backend cluster: [payouts-open-2], [payouts-sandbox]',
          source: 'body',
        },
      ],
    })
    expect(mockStore.getStoredCluster(payments, C.payoutsStaging.id)).toMatchObject({
      insecure_allow_anonymous_virtual_cluster_auth: true,
    })
  })

  it('counts leaving the flag out as turning it off (its default is false)', async () => {
    const body = asPutBody(legacy, C.fleetTelemetry.id, {})
    delete body.insecure_allow_anonymous_virtual_cluster_auth
    const answer = await callMockApi(clustersPath(legacy, C.fleetTelemetry.id), {
      method: 'PUT',
      body,
    })
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({
      invalid_parameters: [{ reason: aStringMatching(/\[depot-telemetry\]$/) }],
    })
  })

  it('lets the flag go once no anonymous virtual cluster uses the backend cluster', async () => {
    await callMockApi(virtualClustersPath(payments, V.payoutsSandbox.id), { method: 'DELETE' })
    const answer = await callMockApi(clustersPath(payments, C.payoutsStaging.id), {
      method: 'PUT',
      body: asPutBody(payments, C.payoutsStaging.id, {
        insecure_allow_anonymous_virtual_cluster_auth: false,
      }),
    })
    expect(answer.status).toBe(200)
  })

  it('ignores virtual clusters that do not use anonymous authentication', async () => {
    const answer = await callMockApi(clustersPath(payments, C.paymentsDev.id), {
      method: 'PUT',
      body: asPutBody(payments, C.paymentsDev.id, {
        insecure_allow_anonymous_virtual_cluster_auth: false,
      }),
    })
    expect(answer.status).toBe(200)
  })
})

describe('a backend cluster that virtual clusters use cannot be deleted', () => {
  it('answers 409 problem+json naming them, and keeps the cluster', async () => {
    const answer = await callMockApi(clustersPath(payments, C.paymentsCore.id), {
      method: 'DELETE',
    })
    expect(answer.status).toBe(409)
    expect(answer.contentType).toContain('application/problem+json')
    expect(answer.json).toEqual({
      status: 409,
      title: 'Conflict',
      type: 'https://httpstatuses.com/409',
      instance: aStringMatching(TRACE_ID),
      detail:
        'Backend cluster [payments-core] is the destination of virtual clusters [payments-internal], [payments-partners], [payments-public]. Delete them or change their destination first.',
    })
    expect(mockStore.getCluster(payments, C.paymentsCore.id)).toBeDefined()
  })

  it('words the answer for a single virtual cluster', async () => {
    const answer = await callMockApi(clustersPath(payments, C.ledgerEvents.id), {
      method: 'DELETE',
    })
    expect(answer.json).toMatchObject({
      detail:
        'Backend cluster [ledger-events] is the destination of virtual cluster [ledger-audit]. Delete it or change its destination first.',
    })
  })

  it('deletes it once its virtual clusters route elsewhere or are gone', async () => {
    await callMockApi(virtualClustersPath(payments, V.ledgerAudit.id), {
      method: 'PUT',
      body: validVirtualClusterBody({
        name: 'ledger-audit',
        dns_label: 'ledger-audit',
        destination: { name: 'fraud-scoring' },
      }),
    })
    const answer = await callMockApi(clustersPath(payments, C.ledgerEvents.id), {
      method: 'DELETE',
    })
    expect(answer.status).toBe(204)
  })

  it('deletes a backend cluster no virtual cluster uses', async () => {
    for (const cluster of [C.paymentsDev, C.paymentsMtls, C.settlementsArchive]) {
      const answer = await callMockApi(clustersPath(payments, cluster.id), { method: 'DELETE' })
      expect(answer.status).toBe(204)
    }
  })
})
