// The deep links bench:load and bench:critical-path measure: a curated gateway for the form and
// the detail (a cluster with SASL/SCRAM and TLS), and the 260-cluster one for the list, so its
// first page is full.
import { SEED_CLUSTERS } from '../../src/mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../../src/mocks/seed/seed-gateways'
import type { PageName } from './load-goals'

const { payments, analytics } = SEED_GATEWAYS

export const BENCH_PAGE_PATHS: Readonly<Record<PageName, string>> = {
  new: `/event-gateways/${payments.id}/backend-clusters/new`,
  list: `/event-gateways/${analytics.id}/backend-clusters`,
  detail: `/event-gateways/${payments.id}/backend-clusters/${SEED_CLUSTERS.paymentsCore.id}`,
}

export function isBenchPage(name: string): name is PageName {
  return Object.hasOwn(BENCH_PAGE_PATHS, name)
}
