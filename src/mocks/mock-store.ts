// The mock API's state: event gateways and their backend clusters, seeded deterministically.
// Free of MSW so it can be unit-tested and reused by any transport.
import type { BackendCluster, EventGateway } from '../api/api-types'
import {
  buildStoredCluster,
  redactPlaintextSecrets,
  toClusterView,
  type BackendClusterView,
  type IncomingClusterBody,
} from './backend-cluster-record'
import { loadSeed, type MockSeed } from './seed/mock-seed'
import type { SeedGatewayInfo } from './seed/seed-gateways'
import { SortedCollection, type PageRequest, type PageSlice } from './sorted-collection'

export type StoreFailure =
  | { kind: 'gateway_not_found' }
  | { kind: 'cluster_not_found' }
  | { kind: 'name_conflict'; name: string }
  | { kind: 'password_required' }

export type StoreResult<T> = { ok: true; value: T } | ({ ok: false } & StoreFailure)

/** One cluster's latest state since the seed (null: deleted). Saved by the demo to survive reloads. */
export interface JournalEntry {
  gatewayId: string
  clusterId: string
  cluster: BackendCluster | null
}

export interface DemoJournal {
  format: 1
  /** Gateway id to its revision, for gateways whose clusters changed. */
  revisions: Record<string, number>
  entries: JournalEntry[]
}

export interface MockStoreOptions {
  seed?: () => MockSeed
  now?: () => Date
  newId?: () => string
}

interface GatewayState {
  readonly info: SeedGatewayInfo
  revision: number
  /** The seed's collection, shared and never written to; built on first use. */
  readonly seedClusters: () => SortedCollection<BackendCluster>
  /** This store's copy, made on the first write, so resets cost nothing. */
  own?: SortedCollection<BackendCluster>
}

export class MockStore {
  private readonly seed: () => MockSeed
  private readonly now: () => Date
  private readonly newId: () => string
  private gateways = new Map<string, GatewayState>()
  private gatewayOrder = SortedCollection.of<SeedGatewayInfo>([])
  private readonly changes = new Map<string, JournalEntry>()
  private readonly listeners = new Set<() => void>()

  constructor(options: MockStoreOptions = {}) {
    this.seed = options.seed ?? loadSeed
    this.now = options.now ?? (() => new Date())
    this.newId = options.newId ?? (() => crypto.randomUUID())
    this.reset()
  }

  /** Back to the seed; changes made since are dropped. */
  reset(): void {
    const seed = this.seed()
    this.gateways = new Map(
      seed.map((gateway) => [
        gateway.info.id,
        {
          info: gateway.info,
          revision: gateway.revision,
          seedClusters: gateway.clusters,
        },
      ]),
    )
    this.gatewayOrder = SortedCollection.of(seed.map((gateway) => gateway.info))
    this.changes.clear()
    this.notify()
  }

  /** Called after every change (create, replace, delete, reset, journal replay). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  listGateways(request: PageRequest): PageSlice<EventGateway> {
    const slice = this.gatewayOrder.page(request)
    return { ...slice, items: slice.items.flatMap((info) => this.gatewayView(info.id) ?? []) }
  }

  getGateway(gatewayId: string): EventGateway | undefined {
    return this.gatewayView(gatewayId)
  }

  listClusters(gatewayId: string, request: PageRequest): PageSlice<BackendClusterView> | undefined {
    const slice = this.clustersOf(gatewayId)?.page(request)
    return slice && { ...slice, items: slice.items.map(toClusterView) }
  }

  getCluster(gatewayId: string, clusterId: string): BackendClusterView | undefined {
    const stored = this.getStoredCluster(gatewayId, clusterId)
    return stored && toClusterView(stored)
  }

  /** The stored cluster, plaintext secrets included. Never send this to a client. */
  getStoredCluster(gatewayId: string, clusterId: string): BackendCluster | undefined {
    return this.clustersOf(gatewayId)?.get(clusterId)
  }

  createCluster(gatewayId: string, body: IncomingClusterBody): StoreResult<BackendClusterView> {
    const gateway = this.gateways.get(gatewayId)
    if (!gateway) return { ok: false, kind: 'gateway_not_found' }
    if (clusters(gateway).findByName(body.name)) {
      return { ok: false, kind: 'name_conflict', name: body.name }
    }
    const now = this.now().toISOString()
    const built = buildStoredCluster(body, { id: this.newId(), createdAt: now, updatedAt: now })
    if (!built.ok) return { ok: false, kind: 'password_required' }
    this.write(gateway, built.cluster.id, built.cluster)
    return { ok: true, value: toClusterView(built.cluster) }
  }

  /** Full replace; keeps `created_at`, and the stored password when the body has none. */
  replaceCluster(
    gatewayId: string,
    clusterId: string,
    body: IncomingClusterBody,
  ): StoreResult<BackendClusterView> {
    const gateway = this.gateways.get(gatewayId)
    if (!gateway) return { ok: false, kind: 'gateway_not_found' }
    const previous = clusters(gateway).get(clusterId)
    if (!previous) return { ok: false, kind: 'cluster_not_found' }
    const namesake = clusters(gateway).findByName(body.name)
    if (namesake && namesake.id !== clusterId) {
      return { ok: false, kind: 'name_conflict', name: body.name }
    }
    const meta = {
      id: clusterId,
      createdAt: previous.created_at,
      updatedAt: this.now().toISOString(),
    }
    const built = buildStoredCluster(body, meta, previous)
    if (!built.ok) return { ok: false, kind: 'password_required' }
    this.write(gateway, clusterId, built.cluster)
    return { ok: true, value: toClusterView(built.cluster) }
  }

  deleteCluster(gatewayId: string, clusterId: string): StoreResult<null> {
    const gateway = this.gateways.get(gatewayId)
    if (!gateway) return { ok: false, kind: 'gateway_not_found' }
    if (!clusters(gateway).get(clusterId)) return { ok: false, kind: 'cluster_not_found' }
    this.write(gateway, clusterId, null)
    return { ok: true, value: null }
  }

  /** Changes since the seed, with plaintext secrets replaced by a marker (they are never returned). */
  exportJournal(): DemoJournal {
    const revisions: Record<string, number> = {}
    for (const entry of this.changes.values()) {
      const gateway = this.gateways.get(entry.gatewayId)
      if (gateway) revisions[entry.gatewayId] = gateway.revision
    }
    const entries = [...this.changes.values()].map((entry) => ({
      ...entry,
      cluster: entry.cluster && redactPlaintextSecrets(entry.cluster),
    }))
    return { format: 1, revisions, entries }
  }

  /** Replays a saved journal on top of the current state; entries for unknown gateways are skipped. */
  applyJournal(journal: DemoJournal): void {
    for (const entry of journal.entries) {
      const gateway = this.gateways.get(entry.gatewayId)
      if (gateway) this.write(gateway, entry.clusterId, entry.cluster, false)
    }
    for (const [gatewayId, revision] of Object.entries(journal.revisions)) {
      const gateway = this.gateways.get(gatewayId)
      if (gateway) gateway.revision = revision
    }
    this.notify()
  }

  private write(
    gateway: GatewayState,
    clusterId: string,
    cluster: BackendCluster | null,
    announce = true,
  ): void {
    gateway.own ??= gateway.seedClusters().clone()
    if (cluster) gateway.own.upsert(cluster)
    else gateway.own.remove(clusterId)
    // Konnect bumps a gateway's version on every change to an entity under it.
    gateway.revision += 1
    this.changes.set(`${gateway.info.id}/${clusterId}`, {
      gatewayId: gateway.info.id,
      clusterId,
      cluster,
    })
    if (announce) this.notify()
  }

  /** Builds every gateway's seed collection now (the 10,000-cluster one takes a moment), not on first use. */
  warmUp(): void {
    for (const gateway of this.gateways.values()) clusters(gateway)
  }

  private clustersOf(gatewayId: string): SortedCollection<BackendCluster> | undefined {
    const gateway = this.gateways.get(gatewayId)
    return gateway && clusters(gateway)
  }

  private gatewayView(gatewayId: string): EventGateway | undefined {
    const gateway = this.gateways.get(gatewayId)
    if (!gateway) return undefined
    const { info } = gateway
    return { ...info, labels: { ...info.labels }, version: `v1.${gateway.revision}` }
  }

  private notify(): void {
    for (const listener of this.listeners) listener()
  }
}

function clusters(gateway: GatewayState): SortedCollection<BackendCluster> {
  return gateway.own ?? gateway.seedClusters()
}
