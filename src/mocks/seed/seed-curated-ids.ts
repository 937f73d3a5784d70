// Ids, names and plaintext secrets of the hand-written seed clusters (backend and virtual), for tests
// and e2e specs.

/** Plaintext secrets in the seed; tests assert none of them ever appears in a response. */
export const SEED_PLAINTEXT_SECRETS = {
  ledgerPassword: 'Ledger-Scram-2025!x7Q',
  chargebacksPassword: 'cb-Sha512-rotated-Aug',
  chargebacksClientKey: 'seeded plaintext client key (demo only)',
  payoutsPassword: 'payouts-staging-pw-41',
  ordersConfluentSecret: 'hP3vQ9sW2kL8mN4xR7tY1uI6oA5eD0fG',
  warehousePassword: 'wh-plain-2023',
  checkoutWebPrincipalPassword: 'vc-checkout-web-9Lq2!',
  acmePrincipalPassword: 'vc-partner-acme-T4k8',
  settlementBotPrincipalPassword: 'vc-settlement-bot-x31',
} as const

export const SEED_CLUSTERS = {
  paymentsCore: { id: '3e383c6c-3829-4064-a28b-ad2b4222bd3d', name: 'payments-core' },
  paymentsMtls: { id: '89fb8949-2741-4ada-a9a6-9eb4bee42592', name: 'payments-mtls' },
  ledgerEvents: { id: '16366a15-a0b8-4d76-9f27-f9522f818952', name: 'ledger-events' },
  fraudScoring: { id: '6f3c68d9-fc83-4a22-b554-567821a98507', name: 'fraud-scoring' },
  chargebacks: { id: 'd5eaf261-fcab-4e0d-93d2-36e0ee0a4359', name: 'chargebacks' },
  payoutsStaging: { id: '9d2dd888-e45d-4ff8-8217-46b08e3a7bc5', name: 'payouts-staging' },
  paymentsDev: { id: 'c4bc951d-a454-472a-a1ca-bf21e9989c09', name: 'payments-dev' },
  settlementsArchive: { id: 'eda5c139-9257-4ab9-85f8-c25a8ebe1020', name: 'Settlements Archive' },
  ordersMsk: { id: '7fb346b7-47e0-43dd-9d32-745ba9236a06', name: 'orders-msk' },
  ordersConfluent: { id: '826fed25-e8cf-46d2-9f06-09fe95e345e3', name: 'orders-confluent' },
  inventoryMtls: { id: '0167808a-553a-4d2d-aec9-4bab96988179', name: 'inventory-mtls' },
  fleetTelemetry: { id: 'ae3d76c9-c89b-4bd4-b291-6956b12c665c', name: 'fleet-telemetry' },
  warehouseEvents: { id: '136937f6-e090-4e4c-a058-32f8e2395fad', name: 'warehouse-events' },
  shipments: { id: '7a08f10b-fb40-41eb-b833-b14437b5f92f', name: 'shipments' },
} as const

/** Hand-written virtual clusters of payments-prod, orders-eu and logistics-legacy. */
export const SEED_VIRTUAL_CLUSTERS = {
  paymentsPublic: { id: '6691cb1e-8471-43d7-b53d-6908460123ba', name: 'payments-public' },
  paymentsInternal: { id: '867bd361-e990-430a-9510-a799c716838b', name: 'payments-internal' },
  paymentsPartners: { id: '13d610a1-f69c-4037-9d2f-03c3ee740346', name: 'payments-partners' },
  fraudReadonly: { id: '7e27cd75-0b93-443c-98cf-7c90181a552d', name: 'fraud-analytics-readonly' },
  ledgerAudit: { id: 'd92e95a6-d68f-4027-86b4-3029dffdb3ac', name: 'ledger-audit' },
  chargebacksOps: { id: '1375d175-14cf-4987-93d7-2cb630c24638', name: 'chargebacks-ops' },
  payoutsSandbox: { id: '6eba9c0e-d87f-44ba-ab4e-3a0e7185f246', name: 'payouts-sandbox' },
  ordersInternal: { id: 'a99f9699-0e0b-4f38-b2b1-efe07c148824', name: 'orders-internal' },
  ordersPartnerFeed: { id: '856d4924-5cd0-49d8-a7b0-b9f37d54a748', name: 'orders-partner-feed' },
  inventoryReadonly: { id: 'ea33ce8b-50d7-4bcd-ab9a-7ace70c255d7', name: 'inventory-readonly' },
  depotTelemetry: { id: 'b1a6722d-9fe9-4f51-bc1e-c1a04abaf674', name: 'depot-telemetry' },
  warehouseReadonly: { id: 'dcf0001f-5aa9-4ddc-8d7b-cd73bc88642e', name: 'warehouse-readonly' },
} as const
