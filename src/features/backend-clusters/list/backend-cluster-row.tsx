import { memo } from 'react'
import type { BackendCluster } from '../../../api/api-types'
import { RowActionsButton } from '../../../components/list/row-actions-menu'
import type { RowRef } from '../../../components/list/use-row-actions'
import { RouterLink } from '../../../components/router-link'
import { authenticationLabel } from '../authentication-label'
import { BootstrapServersCell } from './bootstrap-servers-cell'
import { CLUSTER_ACTIONS_MENU_ID } from './cluster-actions-menu'
import { CELL } from '../../../components/list/table-styles'
import { LabelsCell } from '../../../components/list/labels-cell'
import { TlsCell } from './tls-cell'
import { UpdatedAtCell } from '../../../components/list/updated-at-cell'

interface BackendClusterRowProps {
  gatewayId: string
  cluster: BackendCluster
  menuOpen: boolean
  onOpenActions: (anchor: HTMLElement, cluster: RowRef) => void
}

/**
 * Plain cells styled by the table (components/list/table-styles.ts). Memoised: opening one row's menu or
 * typing in the search re-renders no other row.
 */
export const BackendClusterRow = memo(function BackendClusterRow({
  gatewayId,
  cluster,
  menuOpen,
  onOpenActions,
}: BackendClusterRowProps) {
  return (
    <tr>
      <td>
        <RouterLink
          to="/event-gateways/$gatewayId/backend-clusters/$backendClusterId"
          params={{ gatewayId, backendClusterId: cluster.id }}
          sx={{ fontWeight: 500 }}
        >
          {cluster.name}
        </RouterLink>
      </td>
      <td>
        <BootstrapServersCell servers={cluster.bootstrap_servers} />
      </td>
      <td>{authenticationLabel(cluster.authentication)}</td>
      <td>
        <TlsCell tls={cluster.tls} />
      </td>
      <td>
        <LabelsCell labels={cluster.labels} />
      </td>
      <td>
        <UpdatedAtCell iso={cluster.updated_at} />
      </td>
      <td className={CELL.actions}>
        <RowActionsButton
          menuId={CLUSTER_ACTIONS_MENU_ID}
          item={cluster}
          menuOpen={menuOpen}
          onOpen={onOpenActions}
        />
      </td>
    </tr>
  )
})
