import Skeleton from '@mui/material/Skeleton'
import { CLUSTER_TABLE_COLUMNS, type ClusterTableColumn } from './cluster-table-columns'
import { CELL } from './cluster-table-styles'

/** Placeholder widths per column, close to real content so the switch to data barely moves. */
const WIDTHS: Record<ClusterTableColumn['id'], string | number> = {
  name: '70%',
  servers: '85%',
  authentication: '60%',
  tls: 32,
  labels: '75%',
  updated: '60%',
  actions: 24,
}

/** Rows of grey bars in the real columns; hidden from screen readers (the table says it is busy). */
export function SkeletonRows({ count }: { count: number }) {
  return Array.from({ length: count }, (_, row) => (
    <tr key={row} aria-hidden>
      {CLUSTER_TABLE_COLUMNS.map((column) =>
        column.id === 'actions' ? (
          <td key={column.id} className={CELL.actions}>
            <Skeleton variant="circular" width={24} height={24} sx={{ ml: 'auto', mr: 0.5 }} />
          </td>
        ) : (
          <td key={column.id}>
            <Skeleton variant="text" width={WIDTHS[column.id]} />
          </td>
        ),
      )}
    </tr>
  ))
}
