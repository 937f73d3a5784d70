// Hand-written clusters of payments-prod (runtime 1.2): every auth type, TLS on/off, CA bundle, mTLS
// with a referenced and a plaintext key, skip-verify, secret references and plaintext secrets, and
// two that allow anonymous virtual clusters (payouts-staging has one; payments-dev has none).
import type { BackendCluster } from '../../api/api-types'
import { seedCluster } from './seed-cluster'
import { SEED_CLUSTERS, SEED_PLAINTEXT_SECRETS } from './seed-curated-ids'
import { NORTHWIND_ROOT_CA_PEM, PAYMENTS_CLIENT_CERT_PEM } from './seed-certificates'

const C = SEED_CLUSTERS
const S = SEED_PLAINTEXT_SECRETS
const brokers = (domain: string, port: number, count = 3) =>
  Array.from({ length: count }, (_, i) => `kafka-${i + 1}.${domain}:${port}`)

export function paymentsClusters(): BackendCluster[] {
  return [
    seedCluster(
      {
        ...C.paymentsCore,
        createdAt: '2025-01-21T10:02:11.310Z',
        updatedAt: '2025-08-30T09:15:42.007Z',
      },
      {
        ...C.paymentsCore,
        description: 'Primary cluster for card authorisations and settlements.',
        authentication: {
          type: 'sasl_scram',
          algorithm: 'sha512',
          username: 'egw-payments',
          password: "${vault.env['PAYMENTS_KAFKA_PASSWORD']}",
        },
        bootstrap_servers: brokers('payments.prod.internal', 9093),
        tls: { enabled: true, ca_bundle: NORTHWIND_ROOT_CA_PEM },
        metadata_update_interval_seconds: 30,
        labels: { env: 'prod', team: 'payments', tier: 'critical' },
      },
    ),
    seedCluster(
      {
        ...C.paymentsMtls,
        createdAt: '2025-02-04T08:45:00.000Z',
        updatedAt: '2025-07-11T16:20:33.918Z',
      },
      {
        ...C.paymentsMtls,
        description: 'Brokers that authenticate the gateway by client certificate.',
        authentication: { type: 'anonymous' },
        bootstrap_servers: brokers('payments-mtls.prod.internal', 9094),
        tls: {
          enabled: true,
          ca_bundle: NORTHWIND_ROOT_CA_PEM,
          tls_versions: ['tls13'],
          client_identity: {
            certificate: PAYMENTS_CLIENT_CERT_PEM,
            key: "${vault.env['PAYMENTS_KAFKA_CLIENT_KEY']}",
          },
        },
        labels: { env: 'prod', team: 'payments' },
      },
    ),
    seedCluster(
      { ...C.ledgerEvents, createdAt: '2025-02-17T13:30:27.402Z' },
      {
        ...C.ledgerEvents,
        description: 'Double-entry ledger events on Amazon MSK.',
        authentication: {
          type: 'sasl_scram',
          algorithm: 'sha256',
          username: 'ledger-writer',
          password: S.ledgerPassword,
        },
        bootstrap_servers: [
          'b-1.msk-ledger.eu-central-1.amazonaws.com:9096',
          'b-2.msk-ledger.eu-central-1.amazonaws.com:9096',
        ],
        tls: { enabled: true },
        labels: { env: 'prod', team: 'ledger' },
      },
    ),
    seedCluster(
      {
        ...C.fraudScoring,
        createdAt: '2025-03-03T07:12:09.655Z',
        updatedAt: '2025-06-24T10:40:00.120Z',
      },
      {
        ...C.fraudScoring,
        description: 'Confluent Cloud cluster shared with the fraud-scoring vendor.',
        authentication: {
          type: 'sasl_plain',
          username: 'Q7LZ4XKJ2MHSV3BN',
          password: "${vault.env['FRAUD_CONFLUENT_API_SECRET']}",
        },
        bootstrap_servers: ['pkc-4r297.europe-west1.gcp.confluent.cloud:9092'],
        tls: { enabled: true },
        metadata_update_interval_seconds: 300,
        labels: { env: 'prod', team: 'risk', vendor: 'confluent' },
      },
    ),
    seedCluster(
      { ...C.chargebacks, createdAt: '2025-04-15T15:05:48.230Z' },
      {
        ...C.chargebacks,
        description: 'Disputes and chargebacks; SCRAM over mutual TLS.',
        authentication: {
          type: 'sasl_scram',
          algorithm: 'sha512',
          username: 'chargebacks-svc',
          password: S.chargebacksPassword,
        },
        bootstrap_servers: brokers('chargebacks.prod.internal', 9093, 2),
        tls: {
          enabled: true,
          ca_bundle: NORTHWIND_ROOT_CA_PEM,
          client_identity: { certificate: PAYMENTS_CLIENT_CERT_PEM, key: S.chargebacksClientKey },
        },
        labels: { env: 'prod', team: 'payments', pci: 'true' },
      },
    ),
    seedCluster(
      { ...C.payoutsStaging, createdAt: '2025-05-09T11:11:11.111Z' },
      {
        ...C.payoutsStaging,
        description:
          'Staging brokers use a self-signed certificate; verification is skipped until the new CA rolls out.',
        authentication: {
          type: 'sasl_plain',
          username: 'payouts-staging',
          password: S.payoutsPassword,
        },
        // payouts-sandbox, an anonymous virtual cluster, routes here.
        insecure_allow_anonymous_virtual_cluster_auth: true,
        bootstrap_servers: brokers('payouts.staging.internal', 9093, 2),
        tls: { enabled: true, insecure_skip_verify: true, tls_versions: ['tls12'] },
        labels: { env: 'staging', team: 'payments' },
      },
    ),
    seedCluster(
      { ...C.paymentsDev, createdAt: '2025-06-01T09:00:00.000Z' },
      {
        ...C.paymentsDev,
        description: 'Local development brokers without TLS or authentication.',
        authentication: { type: 'anonymous' },
        insecure_allow_anonymous_virtual_cluster_auth: true,
        bootstrap_servers: ['kafka.payments-dev.svc.cluster.local:9092'],
        tls: { enabled: false },
        metadata_update_interval_seconds: 10,
        labels: { env: 'dev' },
      },
    ),
    seedCluster(
      { ...C.settlementsArchive, createdAt: '2025-07-22T18:27:03.500Z' },
      {
        ...C.settlementsArchive,
        authentication: {
          type: 'sasl_scram',
          algorithm: 'sha256',
          username: "${vault.env['ARCHIVE_KAFKA_USER']}",
          password: "${vault.env['ARCHIVE_KAFKA_PASSWORD']}",
        },
        bootstrap_servers: brokers('archive.payments.prod.internal', 9093, 2),
        tls: { enabled: true, ca_bundle: NORTHWIND_ROOT_CA_PEM },
        metadata_update_interval_seconds: 3600,
      },
    ),
  ]
}
