import Skeleton from '@mui/material/Skeleton'
import type { TableColumn } from './table-column'
import { CELL } from './table-styles'

/** Rows of grey bars in the real columns; hidden from screen readers (the table says it is busy). */
export function SkeletonRows({
  count,
  columns,
}: {
  count: number
  columns: readonly TableColumn[]
}) {
  return Array.from({ length: count }, (_, row) => (
    <tr key={row} aria-hidden>
      {columns.map((column) =>
        column.id === 'actions' ? (
          <td key={column.id} className={CELL.actions}>
            <Skeleton variant="circular" width={24} height={24} sx={{ ml: 'auto', mr: 0.5 }} />
          </td>
        ) : (
          <td key={column.id}>
            <Skeleton variant="text" width={column.skeletonWidth} />
          </td>
        ),
      )}
    </tr>
  ))
}
