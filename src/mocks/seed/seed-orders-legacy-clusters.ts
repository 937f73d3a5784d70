// Hand-written clusters of orders-eu (runtime 1.1: MSK, Confluent Cloud, mTLS) and logistics-legacy
// (runtime 1.0: no mTLS, plaintext brokers with IPv6, an expired CA bundle).
import type { BackendCluster } from '../../api/api-types'
import { seedCluster } from './seed-cluster'
import { SEED_CLUSTERS, SEED_PLAINTEXT_SECRETS } from './seed-curated-ids'
import {
  EXPIRED_LEGACY_CA_PEM,
  NORTHWIND_ROOT_CA_PEM,
  PAYMENTS_CLIENT_CERT_PEM,
} from './seed-certificates'

const C = SEED_CLUSTERS
const S = SEED_PLAINTEXT_SECRETS
const brokers = (domain: string, port: number, count = 3) =>
  Array.from({ length: count }, (_, i) => `kafka-${i + 1}.${domain}:${port}`)

export function ordersClusters(): BackendCluster[] {
  return [
    seedCluster(
      {
        ...C.ordersMsk,
        createdAt: '2025-02-12T09:30:00.000Z',
        updatedAt: '2025-08-19T08:20:41.300Z',
      },
      {
        ...C.ordersMsk,
        description: 'Order events on Amazon MSK (eu-west-1).',
        authentication: {
          type: 'sasl_scram',
          algorithm: 'sha512',
          username: 'orders-gateway',
          password: "${vault.env['ORDERS_MSK_PASSWORD']}",
        },
        bootstrap_servers: [1, 2, 3].map((n) => `b-${n}.msk-orders.eu-west-1.amazonaws.com:9096`),
        tls: { enabled: true },
        labels: { env: 'prod', region: 'eu-west-1' },
      },
    ),
    seedCluster(
      { ...C.ordersConfluent, createdAt: '2025-03-18T12:02:37.044Z' },
      {
        ...C.ordersConfluent,
        description: 'Partner order feed on Confluent Cloud.',
        authentication: {
          type: 'sasl_plain',
          username: 'LKX3N7Q2WD5RTY8P',
          password: S.ordersConfluentSecret,
        },
        bootstrap_servers: ['pkc-4r297.europe-west1.gcp.confluent.cloud:9092'],
        tls: { enabled: true },
        labels: { env: 'prod', vendor: 'confluent' },
      },
    ),
    seedCluster(
      { ...C.inventoryMtls, createdAt: '2025-05-27T14:44:12.871Z' },
      {
        ...C.inventoryMtls,
        description: 'Inventory brokers that require a client certificate.',
        authentication: { type: 'anonymous' },
        bootstrap_servers: brokers('inventory.orders.prod.internal', 9094),
        tls: {
          enabled: true,
          ca_bundle: NORTHWIND_ROOT_CA_PEM,
          client_identity: {
            certificate: PAYMENTS_CLIENT_CERT_PEM,
            key: "${vault.env['INVENTORY_CLIENT_KEY']}",
          },
        },
        labels: { env: 'prod', team: 'inventory' },
      },
    ),
  ]
}

export function legacyClusters(): BackendCluster[] {
  return [
    seedCluster(
      { ...C.fleetTelemetry, createdAt: '2024-06-03T08:10:00.000Z' },
      {
        ...C.fleetTelemetry,
        description: 'On-premises telemetry brokers, plaintext inside the depot network.',
        authentication: { type: 'anonymous' },
        insecure_allow_anonymous_virtual_cluster_auth: true,
        bootstrap_servers: ['10.20.0.11:9092', '10.20.0.12:9092', '[fd00:20::13]:9092'],
        tls: { enabled: false },
        labels: { env: 'prod', site: 'rotterdam' },
      },
    ),
    seedCluster(
      {
        ...C.warehouseEvents,
        createdAt: '2024-07-15T10:25:40.300Z',
        updatedAt: '2025-03-28T11:47:31.640Z',
      },
      {
        ...C.warehouseEvents,
        description: 'CA bundle expired on 2024-03-01; rotation pending.',
        authentication: {
          type: 'sasl_plain',
          username: 'warehouse',
          password: S.warehousePassword,
        },
        bootstrap_servers: brokers('warehouse.logistics.internal', 9093, 2),
        tls: { enabled: true, ca_bundle: EXPIRED_LEGACY_CA_PEM },
        labels: { env: 'prod', team: 'logistics' },
      },
    ),
    seedCluster(
      { ...C.shipments, createdAt: '2024-09-30T06:00:00.000Z' },
      {
        ...C.shipments,
        authentication: {
          type: 'sasl_scram',
          algorithm: 'sha256',
          username: 'shipments',
          password: "${vault.env['SHIPMENTS_KAFKA_PASSWORD']}",
        },
        bootstrap_servers: brokers('shipments.logistics.internal', 9093, 2),
        tls: { enabled: true, tls_versions: ['tls12'] },
      },
    ),
  ]
}
