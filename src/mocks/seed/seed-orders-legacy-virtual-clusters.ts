// Hand-written virtual clusters of orders-eu (runtime 1.1: client certificates, no Kong Identity
// or topic aliases) and logistics-legacy (runtime 1.0: an anonymous one on a backend cluster that
// allows it). orders-msk carries none, so it can be deleted.
import type { VirtualCluster } from '../../api/api-types'
import { SEED_CLUSTERS, SEED_PLAINTEXT_SECRETS, SEED_VIRTUAL_CLUSTERS } from './seed-curated-ids'
import { seedVirtualCluster } from './seed-virtual-cluster'

const C = SEED_CLUSTERS
const V = SEED_VIRTUAL_CLUSTERS
const S = SEED_PLAINTEXT_SECRETS

export function ordersVirtualClusters(): VirtualCluster[] {
  return [
    seedVirtualCluster(
      { ...V.ordersInternal, createdAt: '2025-03-19T08:15:00.000Z' },
      {
        ...V.ordersInternal,
        description: 'Order services: SCRAM or a client certificate.',
        destination: C.ordersConfluent,
        authentication: [
          { type: 'sasl_scram', algorithm: 'sha256' },
          { type: 'client_certificate' },
        ],
        namespace: {
          mode: 'hide_prefix',
          prefix: 'orders_',
          additional: { consumer_groups: [{ type: 'glob', glob: 'orders-*' }] },
        },
        dns_label: 'orders-internal',
        acl_mode: 'passthrough',
        labels: { env: 'prod', exposure: 'internal' },
      },
    ),
    seedVirtualCluster(
      {
        ...V.ordersPartnerFeed,
        createdAt: '2025-03-20T11:00:00.000Z',
        updatedAt: '2025-08-19T08:22:57.013Z',
      },
      {
        ...V.ordersPartnerFeed,
        description: 'Marketplace partners publish orders under their own prefix.',
        destination: C.ordersConfluent,
        authentication: [
          {
            type: 'sasl_plain',
            mediation: 'terminate',
            principals: [
              { username: 'partner-acme', password: S.acmePrincipalPassword },
              { username: 'partner-globex', password: "${vault.env['GLOBEX_KAFKA_PASSWORD']}" },
            ],
          },
        ],
        namespace: {
          mode: 'enforce_prefix',
          prefix: 'partner_',
          additional: {
            topics: [{ type: 'exact_list', exact_list: [{ backend: 'catalog_public' }] }],
          },
        },
        dns_label: 'orders-partners',
        acl_mode: 'enforce_on_gateway',
        labels: { env: 'prod', exposure: 'partner' },
      },
    ),
    seedVirtualCluster(
      { ...V.inventoryReadonly, createdAt: '2025-05-28T09:40:00.000Z' },
      {
        ...V.inventoryReadonly,
        destination: C.inventoryMtls,
        authentication: [
          {
            type: 'oauth_bearer',
            mediation: 'validate_forward',
            jwks: { endpoint: 'https://login.northwind.example/.well-known/jwks.json' },
          },
        ],
        dns_label: 'inventory-readonly',
        acl_mode: 'enforce_on_gateway',
      },
    ),
  ]
}

export function legacyVirtualClusters(): VirtualCluster[] {
  return [
    seedVirtualCluster(
      { ...V.depotTelemetry, createdAt: '2024-06-04T06:00:00.000Z' },
      {
        ...V.depotTelemetry,
        description: 'Depot sensors connect without credentials inside the site network.',
        destination: C.fleetTelemetry,
        authentication: [{ type: 'anonymous' }],
        dns_label: 'depot-telemetry',
        acl_mode: 'passthrough',
        labels: { site: 'rotterdam' },
      },
    ),
    seedVirtualCluster(
      { ...V.warehouseReadonly, createdAt: '2024-07-16T12:00:00.000Z' },
      {
        ...V.warehouseReadonly,
        destination: C.warehouseEvents,
        authentication: [{ type: 'sasl_plain', mediation: 'passthrough' }],
        dns_label: 'warehouse-readonly',
        acl_mode: 'enforce_on_gateway',
      },
    ),
  ]
}
