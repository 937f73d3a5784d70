// What the store answers to a change: the new state, or why it refused (handlers turn each
// refusal into Konnect's status and problem body, store-failure-response.ts).
import type { InvalidParameter } from '../api/api-types'

export type StoreFailure =
  | { kind: 'gateway_not_found' }
  | { kind: 'cluster_not_found' }
  | { kind: 'virtual_cluster_not_found' }
  | { kind: 'name_conflict'; name: string }
  | { kind: 'password_required' }
  /** A 400 the store finds: references, anonymous access, passwords neither sent nor stored. */
  | { kind: 'invalid'; problems: InvalidParameter[] }
  /** Deleting a backend cluster that virtual clusters route to. */
  | { kind: 'cluster_in_use'; name: string; usedBy: string[] }
  | { kind: 'virtual_cluster_name_conflict'; name: string }
  | { kind: 'dns_label_conflict'; dnsLabel: string }

export type StoreResult<T> = { ok: true; value: T } | ({ ok: false } & StoreFailure)
