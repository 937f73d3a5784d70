// One column list for the data rows and the skeleton rows, so loading never shifts the layout.
import type { TableColumn } from '../../../components/list/table-column'

export type VirtualClusterTableColumn = TableColumn<
  'name' | 'dns' | 'backend' | 'authentication' | 'acl' | 'labels' | 'updated' | 'actions'
>

export const VIRTUAL_CLUSTER_TABLE_COLUMNS: readonly VirtualClusterTableColumn[] = [
  { id: 'name', label: 'Name', width: '14%', skeletonWidth: '70%' },
  { id: 'dns', label: 'DNS label', width: '14%', skeletonWidth: '70%' },
  { id: 'backend', label: 'Backend cluster', width: '13%', skeletonWidth: '70%' },
  // Methods in the order they are tried, one per line; takes what the others leave.
  { id: 'authentication', label: 'Authentication', skeletonWidth: '80%' },
  // "Enforce on gateway" on two short lines.
  { id: 'acl', label: 'ACL mode', width: 110, skeletonWidth: '70%' },
  { id: 'labels', label: 'Labels', width: '16%', skeletonWidth: '75%' },
  { id: 'updated', label: 'Updated', width: 110, skeletonWidth: '60%' },
  { id: 'actions', label: 'Actions', width: 52, hiddenLabel: true, skeletonWidth: 24 },
]

/** Below this the table scrolls sideways instead of squeezing the columns. */
export const VIRTUAL_CLUSTER_TABLE_MIN_WIDTH = 1000
