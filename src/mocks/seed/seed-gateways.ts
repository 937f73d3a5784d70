// The demo's event gateways: fixed ids and timestamps so tests and screenshots stay stable.
import type { EventGateway } from '../../api/api-types'

/** Ids and names tests and e2e specs refer to. */
export const SEED_GATEWAYS = {
  /** Runtime 1.2; hand-written clusters covering every auth type, mTLS, skip-verify, secrets. */
  payments: { id: 'ab210b2d-9a0d-4a45-b6fb-8e73852bcda7', name: 'payments-prod' },
  /** Runtime 1.1, the lowest with mTLS; MSK and Confluent Cloud clusters. */
  orders: { id: '064b0468-43a2-43a0-87c0-077ec0cd097b', name: 'orders-eu' },
  /** Runtime 1.0: mTLS (`tls.client_identity`) is not available. Has an expired CA bundle. */
  legacy: { id: '4a870a7e-4aaa-4907-8099-f30e96cc11da', name: 'logistics-legacy' },
  /** 260 generated clusters: several pages at the default size. */
  analytics: { id: 'd1a4fb79-b290-43fa-925b-a40479412c6c', name: 'analytics-staging' },
  /** No clusters: the empty state. */
  sandbox: { id: '527d3026-38d7-4554-b899-29c4d8ba3e23', name: 'platform-sandbox' },
  /** 10,000 generated clusters: paging and search at scale. */
  perfLab: { id: 'cdfcd264-322f-4ada-a578-ac17aa43346d', name: 'perf-lab' },
} as const

export type SeedGatewayKey = keyof typeof SEED_GATEWAYS

/**
 * Gateway details without what the store derives: `version` from its change counter and
 * `virtual_clusters_total` from the virtual clusters it holds.
 */
export type SeedGatewayInfo = Omit<EventGateway, 'version' | 'virtual_clusters_total'>

interface GatewaySeed {
  info: SeedGatewayInfo
  /** Starting point of the gateway's `version` (`v1.<revision>`), bumped by every change under it. */
  revision: number
}

export const SEED_GATEWAY_INFO: Record<SeedGatewayKey, GatewaySeed> = {
  payments: {
    info: {
      ...SEED_GATEWAYS.payments,
      description: 'Card authorisations, settlements and payouts (production).',
      labels: { env: 'prod', team: 'payments' },
      created_at: '2025-01-20T09:12:44.120Z',
      updated_at: '2025-09-02T14:03:10.502Z',
      nodes_total: 3,
      min_runtime_version: '1.2',
    },
    revision: 214,
  },
  orders: {
    info: {
      ...SEED_GATEWAYS.orders,
      description: 'Order capture and inventory for the EU storefronts.',
      labels: { env: 'prod', region: 'eu-west-1', team: 'orders' },
      created_at: '2025-02-11T16:40:02.881Z',
      updated_at: '2025-08-19T08:22:57.013Z',
      nodes_total: 2,
      min_runtime_version: '1.1',
    },
    revision: 87,
  },
  legacy: {
    info: {
      ...SEED_GATEWAYS.legacy,
      description: 'Fleet and warehouse telemetry; scheduled for the 1.2 runtime upgrade.',
      labels: { env: 'prod', team: 'logistics', lifecycle: 'deprecated' },
      created_at: '2024-06-03T07:55:19.004Z',
      updated_at: '2025-03-28T11:47:31.640Z',
      nodes_total: 1,
      min_runtime_version: '1.0',
    },
    revision: 41,
  },
  analytics: {
    info: {
      ...SEED_GATEWAYS.analytics,
      description: 'Shared staging gateway for the analytics domain teams.',
      labels: { env: 'staging', team: 'data-platform' },
      created_at: '2025-03-01T10:00:00.000Z',
      updated_at: '2025-10-06T12:30:05.777Z',
      nodes_total: 2,
      min_runtime_version: '1.2',
    },
    revision: 1032,
  },
  sandbox: {
    info: {
      ...SEED_GATEWAYS.sandbox,
      description: 'Scratch gateway for trying out configurations.',
      labels: { env: 'dev' },
      created_at: '2025-10-14T13:05:51.209Z',
      updated_at: '2025-10-14T13:05:51.209Z',
      nodes_total: 0,
      min_runtime_version: '1.2',
    },
    revision: 1,
  },
  perfLab: {
    info: {
      ...SEED_GATEWAYS.perfLab,
      description: 'Load-test gateway with generated backend clusters.',
      labels: { env: 'perf' },
      created_at: '2025-04-07T06:00:00.000Z',
      updated_at: '2025-04-07T06:00:00.000Z',
      nodes_total: 6,
      min_runtime_version: '1.2',
    },
    revision: 10000,
  },
}
