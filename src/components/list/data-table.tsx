import Box from '@mui/material/Box'
import LinearProgress from '@mui/material/LinearProgress'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import type { ReactNode, Ref } from 'react'
import { SkeletonRows } from './skeleton-rows'
import type { TableColumn } from './table-column'
import { dataTableSx } from './table-styles'

/** Skeleton rows: enough to fill the first screen, never more than a page. */
const MAX_SKELETON_ROWS = 10

interface DataTableProps {
  /** The table's accessible name, e.g. "Backend clusters". */
  label: string
  columns: readonly TableColumn[]
  minWidth: number
  /** The body rows; null while the first answer loads (skeleton rows). */
  rows: ReactNode | null
  pageSize: number
  /** The rows are the previous view's while the next one loads. */
  refreshing: boolean
  /** Focus lands here when a row's own button is gone (e.g. after a delete). */
  containerRef?: Ref<HTMLDivElement>
  footer?: ReactNode
}

/** The list pages' table: header, rows or skeletons, a progress line while a new page loads. */
export function DataTable({
  label,
  columns,
  minWidth,
  rows,
  pageSize,
  refreshing,
  containerRef,
  footer,
}: DataTableProps) {
  const busy = rows === null || refreshing
  return (
    <Paper variant="outlined" sx={{ position: 'relative', overflow: 'hidden' }}>
      {refreshing ? (
        <LinearProgress
          aria-label={`Loading ${label.toLowerCase()}`}
          sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 2, zIndex: 1 }}
        />
      ) : null}
      <TableContainer ref={containerRef} tabIndex={-1} sx={{ outline: 'none' }}>
        <Table aria-label={label} aria-busy={busy} size="small" sx={dataTableSx(minWidth)}>
          <TableHead>
            <TableRow>
              {columns.map((column) => (
                <TableCell
                  key={column.id}
                  sx={{ width: column.width, whiteSpace: 'nowrap', overflow: 'hidden' }}
                >
                  {column.hiddenLabel ? (
                    <span className="visually-hidden">{column.label}</span>
                  ) : (
                    column.label
                  )}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody
            sx={{
              // Dimmed only if the wait is noticeable, so fast answers don't flicker.
              opacity: refreshing ? 0.55 : 1,
              transition: refreshing ? 'opacity 150ms linear 200ms' : 'none',
            }}
          >
            {rows ?? (
              <SkeletonRows count={Math.min(pageSize, MAX_SKELETON_ROWS)} columns={columns} />
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {footer ? <Box sx={{ borderTop: 1, borderColor: 'divider' }}>{footer}</Box> : null}
    </Paper>
  )
}
