// One column list for the data rows and the skeleton rows, so loading never shifts the layout.

export interface ClusterTableColumn {
  id: 'name' | 'servers' | 'authentication' | 'tls' | 'labels' | 'updated' | 'actions'
  label: string
  /**
   * Fixed table layout: columns keep their width from page to page. Short, known-width content gets
   * pixels; the rest share what is left.
   */
  width?: number | string
  /** Heard by screen readers, not shown (the actions column). */
  hiddenLabel?: boolean
}

export const CLUSTER_TABLE_COLUMNS: readonly ClusterTableColumn[] = [
  { id: 'name', label: 'Name', width: '16%' },
  // Takes what the others leave.
  { id: 'servers', label: 'Bootstrap servers' },
  // "SCRAM-SHA-512" on one line.
  { id: 'authentication', label: 'Authentication', width: 144 },
  { id: 'tls', label: 'TLS', width: 92 },
  // Two usual chips ("env: prod", "team: payments") side by side.
  { id: 'labels', label: 'Labels', width: '24%' },
  // "11 months ago" on one line.
  { id: 'updated', label: 'Updated', width: 116 },
  { id: 'actions', label: 'Actions', width: 52, hiddenLabel: true },
]

/** Below this the table scrolls sideways instead of squeezing names and servers. */
export const CLUSTER_TABLE_MIN_WIDTH = 900
