// One column list for the data rows and the skeleton rows, so loading never shifts the layout.
import type { TableColumn } from '../../../components/list/table-column'

export type ClusterTableColumn = TableColumn<
  'name' | 'servers' | 'authentication' | 'tls' | 'labels' | 'updated' | 'actions'
>

export const CLUSTER_TABLE_COLUMNS: readonly ClusterTableColumn[] = [
  { id: 'name', label: 'Name', width: '16%', skeletonWidth: '70%' },
  // Takes what the others leave.
  { id: 'servers', label: 'Bootstrap servers', skeletonWidth: '85%' },
  // "SCRAM-SHA-512" on one line.
  { id: 'authentication', label: 'Authentication', width: 144, skeletonWidth: '60%' },
  { id: 'tls', label: 'TLS', width: 92, skeletonWidth: 32 },
  // Two usual chips ("env: prod", "team: payments") side by side.
  { id: 'labels', label: 'Labels', width: '24%', skeletonWidth: '75%' },
  // "11 months ago" on one line.
  { id: 'updated', label: 'Updated', width: 116, skeletonWidth: '60%' },
  { id: 'actions', label: 'Actions', width: 52, hiddenLabel: true, skeletonWidth: 24 },
]

/** Below this the table scrolls sideways instead of squeezing names and servers. */
export const CLUSTER_TABLE_MIN_WIDTH = 900
