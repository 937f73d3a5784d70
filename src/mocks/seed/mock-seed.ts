// The deterministic demo data. Each gateway's backend and virtual clusters are built on first use
// and then kept, so starting a demo or a test file never pays for the 10,000 perf-lab clusters it
// does not open, and resets reuse them (the store copies a collection on first write and never
// edits a seeded object). Virtual clusters name their destinations by id and name, so counting
// them (the gateway list's `virtual_clusters_total`) builds no backend cluster.
import type { BackendCluster, VirtualCluster } from '../../api/api-types'
import { SortedCollection } from '../sorted-collection'
import {
  analyticsClusters,
  PERF_LAB_CLUSTERS,
  perfLabCluster,
  perfLabClusterRef,
} from './seed-generated-clusters'
import { analyticsVirtualClusters, perfLabVirtualClusters } from './seed-generated-virtual-clusters'
import {
  SEED_GATEWAY_INFO,
  SEED_GATEWAYS,
  type SeedGatewayInfo,
  type SeedGatewayKey,
} from './seed-gateways'
import { legacyClusters, ordersClusters } from './seed-orders-legacy-clusters'
import { legacyVirtualClusters, ordersVirtualClusters } from './seed-orders-legacy-virtual-clusters'
import { paymentsClusters } from './seed-payments-clusters'
import { paymentsVirtualClusters } from './seed-payments-virtual-clusters'

export interface SeedGateway {
  readonly info: SeedGatewayInfo
  readonly revision: number
  /** Built on the first call, then the same collection every time. */
  readonly clusters: () => SortedCollection<BackendCluster>
  /** Built on the first call, then the same collection every time. */
  readonly virtualClusters: () => SortedCollection<VirtualCluster>
}

export type MockSeed = readonly SeedGateway[]

const listed = (build: () => BackendCluster[]) => () => SortedCollection.of(build())

const CLUSTERS: Record<SeedGatewayKey, () => SortedCollection<BackendCluster>> = {
  payments: listed(paymentsClusters),
  orders: listed(ordersClusters),
  legacy: listed(legacyClusters),
  analytics: listed(() => analyticsClusters(SEED_GATEWAYS.analytics.id)),
  sandbox: listed(() => []),
  // Ids and names up front, sorted; each of the 10,000 is built when first read.
  perfLab: () => {
    const gatewayId = SEED_GATEWAYS.perfLab.id
    const refs = Array.from({ length: PERF_LAB_CLUSTERS }, (_, index) => ({
      ...perfLabClusterRef(gatewayId, index),
      index,
    }))
    return SortedCollection.ofLazy(refs, (ref) => perfLabCluster(gatewayId, ref.index))
  },
}

const VIRTUAL_CLUSTERS: Record<SeedGatewayKey, () => VirtualCluster[]> = {
  payments: paymentsVirtualClusters,
  orders: ordersVirtualClusters,
  legacy: legacyVirtualClusters,
  analytics: () => analyticsVirtualClusters(SEED_GATEWAYS.analytics.id),
  sandbox: () => [],
  perfLab: () => perfLabVirtualClusters(SEED_GATEWAYS.perfLab.id),
}

let seed: MockSeed | undefined

export function loadSeed(): MockSeed {
  seed ??= (Object.keys(CLUSTERS) as SeedGatewayKey[]).map((key) => ({
    ...SEED_GATEWAY_INFO[key],
    clusters: once(CLUSTERS[key]),
    virtualClusters: once(() => SortedCollection.of(VIRTUAL_CLUSTERS[key]())),
  }))
  return seed
}

function once<T>(build: () => T): () => T {
  let value: T | undefined
  return () => (value ??= build())
}
