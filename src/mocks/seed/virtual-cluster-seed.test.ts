import { describe, expect, it } from 'vitest'
import type { VirtualCluster } from '../../api/api-types'
import { validateUpdateVirtualCluster } from '../generated/request-validators.js'
import { MockStore } from '../mock-store'
import { virtualClusterRuntimeProblems } from '../virtual-cluster-prose-rules'
import { loadSeed, type SeedGateway } from './mock-seed'
import { SEED_CLUSTERS } from './seed-curated-ids'
import { SEED_GATEWAYS } from './seed-gateways'

const all = (gateway: SeedGateway) => gateway.virtualClusters().values()
const everyVirtualCluster = () => loadSeed().flatMap(all)

/** The stored virtual cluster as a PUT body: what a client would send back. */
function asBody(virtualCluster: VirtualCluster): Record<string, unknown> {
  const body: Record<string, unknown> = { ...virtualCluster }
  for (const readOnly of ['id', 'created_at', 'updated_at']) Reflect.deleteProperty(body, readOnly)
  return body
}

function methodKinds(virtualClusters: VirtualCluster[]): string[] {
  const kinds = virtualClusters.flatMap((virtualCluster) =>
    virtualCluster.authentication.map((entry) =>
      'mediation' in entry ? `${entry.type}:${entry.mediation}` : entry.type,
    ),
  )
  return [...new Set(kinds)].sort()
}

describe('virtual cluster seed', () => {
  it('makes the gateway table true: virtual_clusters_total is the number each gateway holds', () => {
    const store = new MockStore()
    for (const gateway of loadSeed()) {
      const held = gateway.virtualClusters().size
      expect(store.getGateway(gateway.info.id)?.virtual_clusters_total, gateway.info.name).toBe(
        held,
      )
      expect(store.listVirtualClusters(gateway.info.id, { size: 1000 })?.items).toHaveLength(held)
    }
    expect(store.getGateway(SEED_GATEWAYS.sandbox.id)?.virtual_clusters_total).toBe(0)
    expect(store.getGateway(SEED_GATEWAYS.payments.id)?.virtual_clusters_total).toBeGreaterThan(5)
  })

  it('routes every virtual cluster to a backend cluster of its own gateway, under that cluster’s name', () => {
    for (const gateway of loadSeed()) {
      const clusters = gateway.clusters()
      for (const virtualCluster of all(gateway)) {
        expect(clusters.get(virtualCluster.destination.id)?.name, virtualCluster.name).toBe(
          virtualCluster.destination.name,
        )
      }
    }
  })

  it('is valid against the spec, the gateway’s runtime and the anonymous-access rule', () => {
    for (const gateway of loadSeed()) {
      const clusters = gateway.clusters()
      for (const virtualCluster of all(gateway)) {
        const body = asBody(virtualCluster)
        expect(
          validateUpdateVirtualCluster(body),
          `${virtualCluster.name}: ${JSON.stringify(validateUpdateVirtualCluster.errors)}`,
        ).toBe(true)
        expect(
          virtualClusterRuntimeProblems(virtualCluster, gateway.info.min_runtime_version),
          virtualCluster.name,
        ).toEqual([])
        if (virtualCluster.authentication.some((entry) => entry.type === 'anonymous')) {
          expect(
            clusters.get(virtualCluster.destination.id)
              ?.insecure_allow_anonymous_virtual_cluster_auth,
          ).toBe(true)
        }
      }
    }
  })

  it('has unique names and DNS labels per gateway', () => {
    for (const gateway of loadSeed()) {
      const virtualClusters = all(gateway)
      expect(new Set(virtualClusters.map((v) => v.name)).size).toBe(virtualClusters.length)
      expect(new Set(virtualClusters.map((v) => v.dns_label)).size).toBe(virtualClusters.length)
    }
  })

  it('covers every authentication method and mediation, namespaces, aliases and both ACL modes', () => {
    const virtualClusters = everyVirtualCluster()
    expect(methodKinds(virtualClusters)).toEqual([
      'anonymous',
      'client_certificate',
      'oauth_bearer:passthrough',
      'oauth_bearer:terminate',
      'oauth_bearer:validate_forward',
      'sasl_plain:passthrough',
      'sasl_plain:terminate',
      'sasl_scram',
    ])
    const namespaces = virtualClusters.flatMap((v) => (v.namespace ? [v.namespace] : []))
    expect(new Set(namespaces.map((n) => n.mode))).toEqual(
      new Set(['hide_prefix', 'enforce_prefix']),
    )
    expect(namespaces.some((n) => n.additional?.topics?.length)).toBe(true)
    expect(namespaces.some((n) => n.additional?.consumer_groups?.length)).toBe(true)
    expect(virtualClusters.some((v) => v.topic_aliases?.length)).toBe(true)
    expect(new Set(virtualClusters.map((v) => v.acl_mode))).toEqual(
      new Set(['enforce_on_gateway', 'passthrough']),
    )
    const orders = loadSeed().find((g) => g.info.id === SEED_GATEWAYS.orders.id)
    expect(orders && methodKinds(all(orders))).toContain('client_certificate')
  })

  it('has a backend cluster used by several virtual clusters, and ones used by none', () => {
    const payments = loadSeed().find((g) => g.info.id === SEED_GATEWAYS.payments.id)
    const destinations = (payments ? all(payments) : []).map((v) => v.destination.id)
    expect(
      destinations.filter((id) => id === SEED_CLUSTERS.paymentsCore.id).length,
    ).toBeGreaterThan(2)
    for (const unused of [SEED_CLUSTERS.paymentsDev, SEED_CLUSTERS.ordersMsk]) {
      expect(everyVirtualCluster().some((v) => v.destination.id === unused.id)).toBe(false)
    }
  })

  it('counts perf-lab’s virtual clusters without building its 10,000 backend clusters', () => {
    const seed = loadSeed().map((gateway) => ({
      ...gateway,
      clusters: () => {
        throw new Error(`built the backend clusters of ${gateway.info.name}`)
      },
    }))
    const store = new MockStore({ seed: () => seed })
    expect(store.getGateway(SEED_GATEWAYS.perfLab.id)?.virtual_clusters_total).toBe(5)
    expect(store.listGateways({ size: 100 }).items).toHaveLength(6)
  })
})
