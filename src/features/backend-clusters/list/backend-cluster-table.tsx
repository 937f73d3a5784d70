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
import type { BackendCluster } from '../../../api/api-types'
import { BackendClusterRow } from './backend-cluster-row'
import { CLUSTER_TABLE_COLUMNS } from './cluster-table-columns'
import { clusterTableSx } from './cluster-table-styles'
import { SkeletonRows } from './skeleton-rows'

/** Skeleton rows: enough to fill the first screen, never more than a page. */
const MAX_SKELETON_ROWS = 10

interface BackendClusterTableProps {
  gatewayId: string
  /** null while the first answer loads: skeleton rows. */
  clusters: BackendCluster[] | null
  pageSize: number
  /** The rows are the previous view's while the next one loads. */
  refreshing: boolean
  menuClusterId: string | undefined
  onOpenActions: (anchor: HTMLElement, cluster: BackendCluster) => void
  /** Focus lands here when a row's own button is gone (e.g. after a delete). */
  containerRef?: Ref<HTMLDivElement>
  footer?: ReactNode
}

export function BackendClusterTable({
  gatewayId,
  clusters,
  pageSize,
  refreshing,
  menuClusterId,
  onOpenActions,
  containerRef,
  footer,
}: BackendClusterTableProps) {
  const busy = clusters === null || refreshing
  return (
    <Paper variant="outlined" sx={{ position: 'relative', overflow: 'hidden' }}>
      {refreshing ? (
        <LinearProgress
          aria-label="Loading backend clusters"
          sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 2, zIndex: 1 }}
        />
      ) : null}
      <TableContainer ref={containerRef} tabIndex={-1} sx={{ outline: 'none' }}>
        <Table aria-label="Backend clusters" aria-busy={busy} size="small" sx={clusterTableSx}>
          <TableHead>
            <TableRow>
              {CLUSTER_TABLE_COLUMNS.map((column) => (
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
            {clusters === null ? (
              <SkeletonRows count={Math.min(pageSize, MAX_SKELETON_ROWS)} />
            ) : (
              clusters.map((cluster) => (
                <BackendClusterRow
                  key={cluster.id}
                  gatewayId={gatewayId}
                  cluster={cluster}
                  menuOpen={menuClusterId === cluster.id}
                  onOpenActions={onOpenActions}
                />
              ))
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {footer ? <Box sx={{ borderTop: 1, borderColor: 'divider' }}>{footer}</Box> : null}
    </Paper>
  )
}
