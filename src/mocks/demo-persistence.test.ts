import { describe, expect, it } from 'vitest'
import type { IncomingClusterBody } from './backend-cluster-record'
import {
  createMemoryStorage,
  DEMO_JOURNAL_KEY,
  DEMO_LATENCY_KEY,
  persistStore,
  readDemoLatency,
  readJournal,
} from './demo-persistence'
import { MockStore } from './mock-store'
import type { IncomingVirtualClusterBody } from './virtual-cluster-record'
import {
  SEED_CLUSTERS,
  SEED_PLAINTEXT_SECRETS,
  SEED_VIRTUAL_CLUSTERS,
} from './seed/seed-curated-ids'
import { SEED_GATEWAYS } from './seed/seed-gateways'

const payments = SEED_GATEWAYS.payments.id
const PASSWORD = 'demo-typed-password-123'

const body = (name: string, password?: string): IncomingClusterBody => ({
  name,
  authentication: {
    type: 'sasl_plain',
    username: 'demo',
    ...(password !== undefined && { password }),
  },
  bootstrap_servers: ['kafka-1.demo.internal:9092'],
  tls: { enabled: true, client_identity: { certificate: 'CERT', key: 'plaintext-key' } },
})

const virtualBody = (name: string, password?: string): IncomingVirtualClusterBody => ({
  name,
  dns_label: name,
  destination: { id: SEED_CLUSTERS.paymentsCore.id },
  authentication: [
    {
      type: 'sasl_plain',
      mediation: 'terminate',
      principals: [{ username: 'demo', ...(password !== undefined && { password }) }],
    },
  ],
  acl_mode: 'passthrough',
})

function reload(storage: ReturnType<typeof createMemoryStorage>): MockStore {
  const store = new MockStore()
  persistStore(store, storage)
  return store
}

describe('demo persistence', () => {
  it('restores created, replaced and deleted clusters after a reload', () => {
    const storage = createMemoryStorage()
    const before = reload(storage)
    const created = before.createCluster(payments, body('demo-cluster', PASSWORD))
    if (!created.ok) throw new Error(created.kind)
    before.replaceCluster(payments, SEED_CLUSTERS.fraudScoring.id, {
      ...body('fraud-scoring-v2'),
      tls: { enabled: false },
    })
    before.deleteCluster(payments, SEED_CLUSTERS.paymentsDev.id)

    const after = reload(storage)
    expect(after.getCluster(payments, created.value.id)).toEqual(created.value)
    expect(after.getCluster(payments, SEED_CLUSTERS.fraudScoring.id)).toEqual(
      before.getCluster(payments, SEED_CLUSTERS.fraudScoring.id),
    )
    expect(after.getCluster(payments, SEED_CLUSTERS.paymentsDev.id)).toBeUndefined()
    expect(after.getGateway(payments)?.version).toBe(before.getGateway(payments)?.version)
    expect(after.listClusters(payments, { size: 100 })?.items).toEqual(
      before.listClusters(payments, { size: 100 })?.items,
    )
  })

  it('saves only the changes, never the seed or a plaintext secret', () => {
    const storage = createMemoryStorage()
    const store = reload(storage)
    store.createCluster(payments, body('demo-cluster', PASSWORD))
    store.replaceCluster(payments, SEED_CLUSTERS.ledgerEvents.id, body('ledger-events'))
    const saved = storage.items.get(DEMO_JOURNAL_KEY) ?? ''
    expect(saved.length).toBeLessThan(3000)
    expect(saved).not.toContain(PASSWORD)
    expect(saved).not.toContain('plaintext-key')
    expect(saved).not.toContain(SEED_PLAINTEXT_SECRETS.ledgerPassword)
    expect(saved).not.toContain('loadtest-')
    expect(readJournal(storage)?.entries).toHaveLength(2)
  })

  it('keeps a password that was kept on replace usable after a reload, still never returned', () => {
    const storage = createMemoryStorage()
    reload(storage).replaceCluster(payments, SEED_CLUSTERS.ledgerEvents.id, body('ledger-events'))
    const after = reload(storage)
    const replaced = after.replaceCluster(
      payments,
      SEED_CLUSTERS.ledgerEvents.id,
      body('ledger-events'),
    )
    expect(replaced.ok).toBe(true)
    expect(JSON.stringify(after.getCluster(payments, SEED_CLUSTERS.ledgerEvents.id))).not.toContain(
      'password',
    )
  })

  it('forgets the saved changes when the store is reset', () => {
    const storage = createMemoryStorage()
    const store = reload(storage)
    store.createCluster(payments, body('demo-cluster', PASSWORD))
    store.reset()
    expect(storage.items.has(DEMO_JOURNAL_KEY)).toBe(false)
    expect(
      reload(storage).listClusters(payments, { size: 100, nameContains: 'demo-cluster' })?.items,
    ).toEqual([])
  })

  it.each([
    ['not JSON', '{'],
    [
      'from before virtual clusters (format 1)',
      JSON.stringify({
        format: 1,
        revisions: {},
        entries: [{ gatewayId: payments, clusterId: SEED_CLUSTERS.paymentsDev.id, cluster: null }],
      }),
    ],
    ['another format', JSON.stringify({ format: 3, revisions: {}, entries: [] })],
    [
      'an invalid cluster',
      JSON.stringify({
        format: 2,
        revisions: {},
        entries: [
          {
            resource: 'backend_cluster',
            gatewayId: payments,
            id: 'x',
            value: { id: 'x', name: '' },
          },
        ],
      }),
    ],
  ])('starts from the seed when the saved journal is %s', (_, saved) => {
    const storage = createMemoryStorage()
    storage.setItem(DEMO_JOURNAL_KEY, saved)
    const store = reload(storage)
    expect(store.listClusters(payments, { size: 100 })?.items).toHaveLength(8)
  })

  it('reads the latency on each call, falling back when unset or not a whole number', () => {
    const storage = createMemoryStorage()
    expect(readDemoLatency(storage, 350)).toBe(350)
    storage.setItem(DEMO_LATENCY_KEY, '0')
    expect(readDemoLatency(storage, 350)).toBe(0)
    storage.setItem(DEMO_LATENCY_KEY, '1200')
    expect(readDemoLatency(storage, 350)).toBe(1200)
    storage.setItem(DEMO_LATENCY_KEY, 'fast')
    expect(readDemoLatency(storage, 350)).toBe(350)
    storage.setItem(DEMO_LATENCY_KEY, '-5')
    expect(readDemoLatency(storage, 350)).toBe(350)
  })

  it('restores created, replaced and deleted virtual clusters, and the totals, after a reload', () => {
    const storage = createMemoryStorage()
    const before = reload(storage)
    const created = before.createVirtualCluster(payments, virtualBody('demo-virtual', PASSWORD))
    if (!created.ok) throw new Error(created.kind)
    const replaced = before.replaceVirtualCluster(payments, SEED_VIRTUAL_CLUSTERS.ledgerAudit.id, {
      ...virtualBody('ledger-audit-v2', PASSWORD),
      destination: { name: 'fraud-scoring' },
    })
    expect(replaced.ok).toBe(true)
    before.deleteVirtualCluster(payments, SEED_VIRTUAL_CLUSTERS.paymentsPartners.id)

    const after = reload(storage)
    expect(after.getVirtualCluster(payments, created.value.id)).toEqual(created.value)
    expect(after.getVirtualCluster(payments, SEED_VIRTUAL_CLUSTERS.ledgerAudit.id)).toEqual(
      before.getVirtualCluster(payments, SEED_VIRTUAL_CLUSTERS.ledgerAudit.id),
    )
    expect(
      after.getVirtualCluster(payments, SEED_VIRTUAL_CLUSTERS.paymentsPartners.id),
    ).toBeUndefined()
    expect(after.getGateway(payments)).toEqual(before.getGateway(payments))
    // ledger-events lost its only virtual cluster, so it can go now, after the reload too.
    expect(after.deleteCluster(payments, SEED_CLUSTERS.ledgerEvents.id).ok).toBe(true)
  })

  it('never saves a plaintext principal password, and keeps it usable after a reload', () => {
    const storage = createMemoryStorage()
    const store = reload(storage)
    const created = store.createVirtualCluster(payments, virtualBody('demo-virtual', PASSWORD))
    if (!created.ok) throw new Error(created.kind)
    store.replaceVirtualCluster(payments, SEED_VIRTUAL_CLUSTERS.paymentsPublic.id, {
      ...virtualBody('payments-public'),
      authentication: [
        { type: 'sasl_plain', mediation: 'terminate', principals: [{ username: 'checkout-web' }] },
      ],
    })
    const saved = storage.items.get(DEMO_JOURNAL_KEY) ?? ''
    expect(saved).not.toContain(PASSWORD)
    expect(saved).not.toContain(SEED_PLAINTEXT_SECRETS.checkoutWebPrincipalPassword)
    expect(readJournal(storage)?.entries).toHaveLength(2)

    const after = reload(storage)
    const kept = after.replaceVirtualCluster(
      payments,
      created.value.id,
      virtualBody('demo-virtual'),
    )
    expect(kept.ok).toBe(true)
    expect(JSON.stringify(after.getVirtualCluster(payments, created.value.id))).not.toContain(
      'password',
    )
  })

  it('forgets saved virtual cluster changes when the store is reset', () => {
    const storage = createMemoryStorage()
    const store = reload(storage)
    store.deleteVirtualCluster(payments, SEED_VIRTUAL_CLUSTERS.paymentsPublic.id)
    store.reset()
    expect(storage.items.has(DEMO_JOURNAL_KEY)).toBe(false)
    expect(
      reload(storage).getVirtualCluster(payments, SEED_VIRTUAL_CLUSTERS.paymentsPublic.id),
    ).toBeDefined()
  })

  it('starts from the seed when a saved virtual cluster fails the spec', () => {
    const storage = createMemoryStorage()
    storage.setItem(
      DEMO_JOURNAL_KEY,
      JSON.stringify({
        format: 2,
        revisions: {},
        entries: [
          {
            resource: 'virtual_cluster',
            gatewayId: payments,
            id: SEED_VIRTUAL_CLUSTERS.paymentsPublic.id,
            value: null,
          },
          {
            resource: 'virtual_cluster',
            gatewayId: payments,
            id: 'x',
            value: { id: 'x', name: 'x', dns_label: 'NOT A LABEL' },
          },
        ],
      }),
    )
    const store = reload(storage)
    expect(store.getVirtualCluster(payments, SEED_VIRTUAL_CLUSTERS.paymentsPublic.id)).toBeDefined()
  })
})
