import type { ReactNode, Ref } from 'react'
import type { VirtualCluster } from '../../../api/api-types'
import { DataTable } from '../../../components/list/data-table'
import type { RowRef } from '../../../components/list/use-row-actions'
import { VirtualClusterRow } from './virtual-cluster-row'
import {
  VIRTUAL_CLUSTER_TABLE_COLUMNS,
  VIRTUAL_CLUSTER_TABLE_MIN_WIDTH,
} from './virtual-cluster-table-columns'

interface VirtualClusterTableProps {
  gatewayId: string
  /** null while the first answer loads: skeleton rows. */
  virtualClusters: VirtualCluster[] | null
  pageSize: number
  refreshing: boolean
  menuItemId: string | undefined
  onOpenActions: (anchor: HTMLElement, item: RowRef) => void
  containerRef?: Ref<HTMLDivElement>
  footer?: ReactNode
}

export function VirtualClusterTable({
  gatewayId,
  virtualClusters,
  menuItemId,
  onOpenActions,
  ...table
}: VirtualClusterTableProps) {
  return (
    <DataTable
      label="Virtual clusters"
      columns={VIRTUAL_CLUSTER_TABLE_COLUMNS}
      minWidth={VIRTUAL_CLUSTER_TABLE_MIN_WIDTH}
      rows={
        virtualClusters === null
          ? null
          : virtualClusters.map((virtualCluster) => (
              <VirtualClusterRow
                key={virtualCluster.id}
                gatewayId={gatewayId}
                virtualCluster={virtualCluster}
                menuOpen={menuItemId === virtualCluster.id}
                onOpenActions={onOpenActions}
              />
            ))
      }
      {...table}
    />
  )
}
