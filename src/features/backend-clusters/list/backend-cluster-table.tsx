import type { ReactNode, Ref } from 'react'
import type { BackendCluster } from '../../../api/api-types'
import { DataTable } from '../../../components/list/data-table'
import type { RowRef } from '../../../components/list/use-row-actions'
import { BackendClusterRow } from './backend-cluster-row'
import { CLUSTER_TABLE_COLUMNS, CLUSTER_TABLE_MIN_WIDTH } from './cluster-table-columns'

interface BackendClusterTableProps {
  gatewayId: string
  /** null while the first answer loads: skeleton rows. */
  clusters: BackendCluster[] | null
  pageSize: number
  /** The rows are the previous view's while the next one loads. */
  refreshing: boolean
  menuClusterId: string | undefined
  onOpenActions: (anchor: HTMLElement, cluster: RowRef) => void
  /** Focus lands here when a row's own button is gone (e.g. after a delete). */
  containerRef?: Ref<HTMLDivElement>
  footer?: ReactNode
}

export function BackendClusterTable({
  gatewayId,
  clusters,
  menuClusterId,
  onOpenActions,
  ...table
}: BackendClusterTableProps) {
  return (
    <DataTable
      label="Backend clusters"
      columns={CLUSTER_TABLE_COLUMNS}
      minWidth={CLUSTER_TABLE_MIN_WIDTH}
      rows={
        clusters === null
          ? null
          : clusters.map((cluster) => (
              <BackendClusterRow
                key={cluster.id}
                gatewayId={gatewayId}
                cluster={cluster}
                menuOpen={menuClusterId === cluster.id}
                onOpenActions={onOpenActions}
              />
            ))
      }
      {...table}
    />
  )
}
