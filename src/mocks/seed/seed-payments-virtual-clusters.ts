// Hand-written virtual clusters of payments-prod (runtime 1.2): every authentication method and
// mediation, Kong Identity lookups, namespaces in both modes with extra topics and consumer
// groups, topic aliases and both ACL modes. payments-core carries three of them; payments-dev,
// payments-mtls and Settlements Archive carry none, so they can be deleted.
import type { VirtualCluster } from '../../api/api-types'
import { SEED_CLUSTERS, SEED_PLAINTEXT_SECRETS, SEED_VIRTUAL_CLUSTERS } from './seed-curated-ids'
import { seedVirtualCluster } from './seed-virtual-cluster'

const C = SEED_CLUSTERS
const V = SEED_VIRTUAL_CLUSTERS
const S = SEED_PLAINTEXT_SECRETS
const ISSUER = 'https://login.northwind.example/'
const JWKS = 'https://login.northwind.example/.well-known/jwks.json'

export function paymentsVirtualClusters(): VirtualCluster[] {
  return [
    seedVirtualCluster(
      {
        ...V.paymentsPublic,
        createdAt: '2025-02-03T09:20:00.000Z',
        updatedAt: '2025-09-01T12:44:18.233Z',
      },
      {
        ...V.paymentsPublic,
        description: 'Storefront and mobile clients; sees only the public_ topics.',
        destination: C.paymentsCore,
        authentication: [
          {
            type: 'sasl_plain',
            mediation: 'terminate',
            principals: [
              { username: 'checkout-web', password: S.checkoutWebPrincipalPassword },
              { username: 'mobile-app', password: "${vault.env['MOBILE_APP_KAFKA_PASSWORD']}" },
            ],
          },
          {
            type: 'oauth_bearer',
            mediation: 'validate_forward',
            jwks: { endpoint: JWKS },
            validate: { audiences: [{ name: 'payments-public' }], issuer: ISSUER },
            claims_mapping: { sub: 'client_id', scope: 'scp' },
          },
        ],
        namespace: {
          mode: 'hide_prefix',
          prefix: 'public_',
          additional: {
            topics: [
              { type: 'glob', glob: 'reference_*', conflict: 'ignore' },
              {
                type: 'exact_list',
                exact_list: [{ backend: 'fx_rates' }, { backend: 'currencies' }],
              },
            ],
            consumer_groups: [
              { type: 'glob', glob: 'storefront-*' },
              { type: 'exact_list', exact_list: [{ value: 'payments-public-monitor' }] },
            ],
          },
        },
        topic_aliases: [
          {
            alias: 'card-events',
            topic: 'card_authorisations',
            condition: "context.auth.principal.name == 'checkout-web'",
          },
          { alias: 'settlements', topic: 'settlement_batches', conflict: 'ignore' },
        ],
        dns_label: 'payments-public',
        acl_mode: 'enforce_on_gateway',
        labels: { env: 'prod', exposure: 'public' },
      },
    ),
    seedVirtualCluster(
      { ...V.paymentsInternal, createdAt: '2025-02-03T09:35:12.000Z' },
      {
        ...V.paymentsInternal,
        description: 'Payment services inside the mesh, identified through Kong Identity.',
        destination: C.paymentsCore,
        authentication: [
          {
            type: 'sasl_scram',
            algorithm: 'sha512',
            fetch_kong_identity_principal: {
              directory: 'payments-services',
              fetch_by: { key: 'kafka_username' },
              failure_mode: 'error',
            },
          },
          { type: 'client_certificate' },
        ],
        dns_label: 'payments-internal',
        acl_mode: 'passthrough',
        labels: { env: 'prod', exposure: 'internal' },
      },
    ),
    seedVirtualCluster(
      { ...V.paymentsPartners, createdAt: '2025-03-12T14:05:40.500Z' },
      {
        ...V.paymentsPartners,
        description:
          'Acquiring partners; tokens checked at the gateway, SCRAM towards the brokers.',
        destination: C.paymentsCore,
        authentication: [
          {
            type: 'oauth_bearer',
            mediation: 'terminate',
            jwks: { endpoint: JWKS, timeout: '5s', cache_expiration: '15m' },
            validate: { audiences: [{ name: 'partners' }, { name: 'acquirers' }], issuer: ISSUER },
            fetch_kong_identity_principal: { directory: 'partners', failure_mode: 'ignore' },
          },
        ],
        namespace: { mode: 'enforce_prefix', prefix: 'partner_' },
        dns_label: 'payments-partners',
        acl_mode: 'enforce_on_gateway',
        labels: { env: 'prod', exposure: 'partner' },
      },
    ),
    seedVirtualCluster(
      { ...V.fraudReadonly, createdAt: '2025-03-04T08:00:00.000Z' },
      {
        ...V.fraudReadonly,
        description: "Fraud vendor's analysts; their Confluent credentials pass through.",
        destination: C.fraudScoring,
        authentication: [{ type: 'sasl_plain', mediation: 'passthrough' }],
        namespace: { mode: 'hide_prefix', prefix: 'fraud_' },
        dns_label: 'fraud-readonly',
        acl_mode: 'enforce_on_gateway',
        labels: { env: 'prod', team: 'risk' },
      },
    ),
    seedVirtualCluster(
      { ...V.ledgerAudit, createdAt: '2025-02-18T10:10:10.000Z' },
      {
        ...V.ledgerAudit,
        description: 'Auditors read the ledger with their own tokens, passed through unchecked.',
        destination: C.ledgerEvents,
        authentication: [{ type: 'oauth_bearer', mediation: 'passthrough' }],
        dns_label: 'ledger-audit',
        acl_mode: 'passthrough',
        labels: { env: 'prod', team: 'ledger' },
      },
    ),
    seedVirtualCluster(
      { ...V.chargebacksOps, createdAt: '2025-04-16T07:30:00.000Z' },
      {
        ...V.chargebacksOps,
        destination: C.chargebacks,
        authentication: [
          { type: 'sasl_scram', algorithm: 'sha256' },
          {
            type: 'sasl_plain',
            mediation: 'terminate',
            principals: [
              { username: 'settlement-bot', password: S.settlementBotPrincipalPassword },
            ],
          },
        ],
        dns_label: 'chargebacks-ops',
        acl_mode: 'enforce_on_gateway',
      },
    ),
    seedVirtualCluster(
      { ...V.payoutsSandbox, createdAt: '2025-05-10T09:00:00.000Z' },
      {
        ...V.payoutsSandbox,
        description: 'Open staging access for payout integration tests.',
        destination: C.payoutsStaging,
        authentication: [{ type: 'anonymous' }],
        dns_label: 'payouts-sandbox',
        acl_mode: 'passthrough',
        labels: { env: 'staging' },
      },
    ),
  ]
}
