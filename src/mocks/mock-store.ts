// The mock API's state: event gateways with their backend and virtual clusters, seeded
// deterministically. Free of MSW so it can be unit-tested and reused by any transport.
import type { BackendCluster, EventGateway, VirtualCluster } from '../api/api-types'
import {
  buildStoredCluster,
  toClusterView,
  type BackendClusterView,
  type IncomingClusterBody,
} from './backend-cluster-record'
import { redactJournalEntry, type DemoJournal, type JournalEntry } from './demo-journal'
import { SeededCollection } from './seeded-collection'
import { loadSeed, type MockSeed } from './seed/mock-seed'
import type { SeedGatewayInfo } from './seed/seed-gateways'
import { SortedCollection, type PageRequest, type PageSlice } from './sorted-collection'
import type { StoreResult } from './store-result'
import { toVirtualClusterView, type IncomingVirtualClusterBody } from './virtual-cluster-record'
import { anonymousFlagProblems, virtualClustersUsing } from './virtual-cluster-references'
import { prepareVirtualClusterSave } from './virtual-cluster-save'

export interface MockStoreOptions {
  seed?: () => MockSeed
  now?: () => Date
  newId?: () => string
}

interface GatewayState {
  readonly info: SeedGatewayInfo
  revision: number
  readonly backendClusters: SeededCollection<BackendCluster>
  readonly virtualClusters: SeededCollection<VirtualCluster>
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
          backendClusters: new SeededCollection(gateway.clusters),
          virtualClusters: new SeededCollection(gateway.virtualClusters),
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

  // Backend clusters

  listClusters(gatewayId: string, request: PageRequest): PageSlice<BackendClusterView> | undefined {
    const slice = this.gateways.get(gatewayId)?.backendClusters.current.page(request)
    return slice && { ...slice, items: slice.items.map(toClusterView) }
  }

  getCluster(gatewayId: string, clusterId: string): BackendClusterView | undefined {
    const stored = this.getStoredCluster(gatewayId, clusterId)
    return stored && toClusterView(stored)
  }

  /** The stored cluster, plaintext secrets included. Never send this to a client. */
  getStoredCluster(gatewayId: string, clusterId: string): BackendCluster | undefined {
    return this.gateways.get(gatewayId)?.backendClusters.current.get(clusterId)
  }

  createCluster(gatewayId: string, body: IncomingClusterBody): StoreResult<BackendClusterView> {
    const gateway = this.gateways.get(gatewayId)
    if (!gateway) return { ok: false, kind: 'gateway_not_found' }
    if (gateway.backendClusters.current.findByName(body.name)) {
      return { ok: false, kind: 'name_conflict', name: body.name }
    }
    const now = this.now().toISOString()
    const built = buildStoredCluster(body, { id: this.newId(), createdAt: now, updatedAt: now })
    if (!built.ok) return { ok: false, kind: 'password_required' }
    this.write(gateway, backendEntry(gateway, built.cluster.id, built.cluster))
    return { ok: true, value: toClusterView(built.cluster) }
  }

  /**
   * Full replace; keeps `created_at`, and the stored password when the body has none. Refuses to
   * turn off anonymous access while anonymous virtual clusters route to the cluster.
   */
  replaceCluster(
    gatewayId: string,
    clusterId: string,
    body: IncomingClusterBody,
  ): StoreResult<BackendClusterView> {
    const gateway = this.gateways.get(gatewayId)
    if (!gateway) return { ok: false, kind: 'gateway_not_found' }
    const clusters = gateway.backendClusters.current
    const previous = clusters.get(clusterId)
    if (!previous) return { ok: false, kind: 'cluster_not_found' }
    const namesake = clusters.findByName(body.name)
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
    const users = virtualClustersUsing(clusterId, gateway.virtualClusters.current)
    const problems = anonymousFlagProblems(built.cluster, users)
    if (problems.length > 0) return { ok: false, kind: 'invalid', problems }
    this.write(gateway, backendEntry(gateway, clusterId, built.cluster))
    return { ok: true, value: toClusterView(built.cluster) }
  }

  /** Refused (409) while virtual clusters route to it. */
  deleteCluster(gatewayId: string, clusterId: string): StoreResult<null> {
    const gateway = this.gateways.get(gatewayId)
    if (!gateway) return { ok: false, kind: 'gateway_not_found' }
    const cluster = gateway.backendClusters.current.get(clusterId)
    if (!cluster) return { ok: false, kind: 'cluster_not_found' }
    const users = virtualClustersUsing(clusterId, gateway.virtualClusters.current)
    if (users.length > 0) {
      return {
        ok: false,
        kind: 'cluster_in_use',
        name: cluster.name,
        usedBy: users.map((user) => user.name),
      }
    }
    this.write(gateway, backendEntry(gateway, clusterId, null))
    return { ok: true, value: null }
  }

  // Virtual clusters

  /** `request.equals.backend_cluster_id` keeps those routed to that backend cluster (exact id). */
  listVirtualClusters(
    gatewayId: string,
    request: PageRequest,
  ): PageSlice<VirtualCluster> | undefined {
    const gateway = this.gateways.get(gatewayId)
    if (!gateway) return undefined
    const backendClusterId = request.equals?.backend_cluster_id
    const where =
      backendClusterId === undefined
        ? undefined
        : (virtualCluster: VirtualCluster) => virtualCluster.destination.id === backendClusterId
    const slice = gateway.virtualClusters.current.page(request, where)
    return {
      ...slice,
      items: slice.items.map((stored) => this.virtualClusterView(gateway, stored)),
    }
  }

  getVirtualCluster(gatewayId: string, virtualClusterId: string): VirtualCluster | undefined {
    const gateway = this.gateways.get(gatewayId)
    const stored = gateway?.virtualClusters.current.get(virtualClusterId)
    return gateway && stored && this.virtualClusterView(gateway, stored)
  }

  /** The stored virtual cluster, plaintext passwords included. Never send this to a client. */
  getStoredVirtualCluster(gatewayId: string, virtualClusterId: string): VirtualCluster | undefined {
    return this.gateways.get(gatewayId)?.virtualClusters.current.get(virtualClusterId)
  }

  createVirtualCluster(
    gatewayId: string,
    body: IncomingVirtualClusterBody,
  ): StoreResult<VirtualCluster> {
    const gateway = this.gateways.get(gatewayId)
    if (!gateway) return { ok: false, kind: 'gateway_not_found' }
    const now = this.now().toISOString()
    return this.saveVirtualCluster(gateway, body, {
      id: this.newId(),
      createdAt: now,
      updatedAt: now,
    })
  }

  /** Full replace; keeps `created_at`, and stored principal passwords the body leaves out. */
  replaceVirtualCluster(
    gatewayId: string,
    virtualClusterId: string,
    body: IncomingVirtualClusterBody,
  ): StoreResult<VirtualCluster> {
    const gateway = this.gateways.get(gatewayId)
    if (!gateway) return { ok: false, kind: 'gateway_not_found' }
    const previous = gateway.virtualClusters.current.get(virtualClusterId)
    if (!previous) return { ok: false, kind: 'virtual_cluster_not_found' }
    const meta = {
      id: virtualClusterId,
      createdAt: previous.created_at,
      updatedAt: this.now().toISOString(),
    }
    return this.saveVirtualCluster(gateway, body, meta, previous)
  }

  deleteVirtualCluster(gatewayId: string, virtualClusterId: string): StoreResult<null> {
    const gateway = this.gateways.get(gatewayId)
    if (!gateway) return { ok: false, kind: 'gateway_not_found' }
    if (!gateway.virtualClusters.current.get(virtualClusterId)) {
      return { ok: false, kind: 'virtual_cluster_not_found' }
    }
    this.write(gateway, virtualEntry(gateway, virtualClusterId, null))
    return { ok: true, value: null }
  }

  private saveVirtualCluster(
    gateway: GatewayState,
    body: IncomingVirtualClusterBody,
    meta: { id: string; createdAt: string; updatedAt: string },
    previous?: VirtualCluster,
  ): StoreResult<VirtualCluster> {
    const collections = {
      backendClusters: gateway.backendClusters.current,
      virtualClusters: gateway.virtualClusters.current,
    }
    const prepared = prepareVirtualClusterSave(collections, body, meta, previous)
    if (!prepared.ok) return prepared
    this.write(gateway, virtualEntry(gateway, meta.id, prepared.value))
    return { ok: true, value: this.virtualClusterView(gateway, prepared.value) }
  }

  // Demo journal

  /** Changes since the seed, with plaintext secrets replaced by a marker (they are never returned). */
  exportJournal(): DemoJournal {
    const revisions: Record<string, number> = {}
    for (const entry of this.changes.values()) {
      const gateway = this.gateways.get(entry.gatewayId)
      if (gateway) revisions[entry.gatewayId] = gateway.revision
    }
    const entries = [...this.changes.values()].map(redactJournalEntry)
    return { format: 2, revisions, entries }
  }

  /** Replays a saved journal on top of the current state; entries for unknown gateways are skipped. */
  applyJournal(journal: DemoJournal): void {
    for (const entry of journal.entries) {
      const gateway = this.gateways.get(entry.gatewayId)
      if (gateway) this.write(gateway, entry, false)
    }
    for (const [gatewayId, revision] of Object.entries(journal.revisions)) {
      const gateway = this.gateways.get(gatewayId)
      if (gateway) gateway.revision = revision
    }
    this.notify()
  }

  private write(gateway: GatewayState, entry: JournalEntry, announce = true): void {
    if (entry.resource === 'backend_cluster') {
      const clusters = gateway.backendClusters.writable()
      if (entry.value) clusters.upsert(entry.value)
      else clusters.remove(entry.id)
    } else {
      const virtualClusters = gateway.virtualClusters.writable()
      if (entry.value) virtualClusters.upsert(entry.value)
      else virtualClusters.remove(entry.id)
    }
    // Konnect bumps a gateway's version on every change to an entity under it.
    gateway.revision += 1
    this.changes.set(`${entry.resource}/${entry.gatewayId}/${entry.id}`, entry)
    if (announce) this.notify()
  }

  /** Builds every gateway's seed collections now (the 10,000-cluster one takes a moment), not on first use. */
  warmUp(): void {
    for (const gateway of this.gateways.values()) {
      gateway.backendClusters.warmUp()
      gateway.virtualClusters.warmUp()
    }
  }

  private gatewayView(gatewayId: string): EventGateway | undefined {
    const gateway = this.gateways.get(gatewayId)
    if (!gateway) return undefined
    const { info } = gateway
    return {
      ...info,
      labels: { ...info.labels },
      virtual_clusters_total: gateway.virtualClusters.current.size,
      version: `v1.${gateway.revision}`,
    }
  }

  /** Shown with the destination's current name (looking it up builds that gateway's clusters). */
  private virtualClusterView(gateway: GatewayState, stored: VirtualCluster): VirtualCluster {
    const destination = gateway.backendClusters.current.get(stored.destination.id)
    return toVirtualClusterView(stored, destination?.name)
  }

  private notify(): void {
    for (const listener of this.listeners) listener()
  }
}

function backendEntry(
  gateway: GatewayState,
  id: string,
  value: BackendCluster | null,
): JournalEntry {
  return { resource: 'backend_cluster', gatewayId: gateway.info.id, id, value }
}

function virtualEntry(
  gateway: GatewayState,
  id: string,
  value: VirtualCluster | null,
): JournalEntry {
  return { resource: 'virtual_cluster', gatewayId: gateway.info.id, id, value }
}
