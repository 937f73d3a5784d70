// The demo's record of changes since the seed, which demo-persistence.ts saves to localStorage.
import type { BackendCluster, VirtualCluster } from '../api/api-types'
import { redactPlaintextSecrets } from './backend-cluster-record'
import { redactVirtualClusterSecrets } from './virtual-cluster-record'

/** One entity's latest state since the seed (null: deleted). */
export type JournalEntry =
  | { resource: 'backend_cluster'; gatewayId: string; id: string; value: BackendCluster | null }
  | { resource: 'virtual_cluster'; gatewayId: string; id: string; value: VirtualCluster | null }

export interface DemoJournal {
  /** 2 since virtual clusters; a format-1 journal predates them and is not replayed. */
  format: 2
  /** Gateway id to its revision, for gateways with changes. */
  revisions: Record<string, number>
  entries: JournalEntry[]
}

/** The entry with plaintext secrets swapped for a marker that is never returned either. */
export function redactJournalEntry(entry: JournalEntry): JournalEntry {
  if (entry.resource === 'backend_cluster') {
    return { ...entry, value: entry.value && redactPlaintextSecrets(entry.value) }
  }
  return { ...entry, value: entry.value && redactVirtualClusterSecrets(entry.value) }
}
