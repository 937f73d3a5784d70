import { memo } from 'react'
import type { VirtualCluster } from '../../../api/api-types'
import { LabelsCell } from '../../../components/list/labels-cell'
import { RowActionsButton } from '../../../components/list/row-actions-menu'
import { CELL } from '../../../components/list/table-styles'
import { UpdatedAtCell } from '../../../components/list/updated-at-cell'
import type { RowRef } from '../../../components/list/use-row-actions'
import { RouterLink } from '../../../components/router-link'
import {
  ACL_MODE_LABELS,
  authenticationMethodLabel,
} from '../../../components/virtual-cluster-words'
import { VIRTUAL_CLUSTER_ACTIONS_MENU_ID } from './virtual-cluster-actions-menu'

interface VirtualClusterRowProps {
  gatewayId: string
  virtualCluster: VirtualCluster
  menuOpen: boolean
  onOpenActions: (anchor: HTMLElement, item: RowRef) => void
}

/** Plain cells styled by the table; memoised so one row's menu re-renders no other row. */
export const VirtualClusterRow = memo(function VirtualClusterRow({
  gatewayId,
  virtualCluster,
  menuOpen,
  onOpenActions,
}: VirtualClusterRowProps) {
  const { destination } = virtualCluster
  return (
    <tr>
      <td>
        <RouterLink
          to="/event-gateways/$gatewayId/virtual-clusters/$virtualClusterId"
          params={{ gatewayId, virtualClusterId: virtualCluster.id }}
          sx={{ fontWeight: 500 }}
        >
          {virtualCluster.name}
        </RouterLink>
      </td>
      <td>
        <span className={CELL.mono}>{virtualCluster.dns_label}</span>
      </td>
      <td>
        <RouterLink
          to="/event-gateways/$gatewayId/backend-clusters/$backendClusterId"
          params={{ gatewayId, backendClusterId: destination.id }}
        >
          {destination.name}
        </RouterLink>
      </td>
      <td>
        <ol className={CELL.steps} aria-label="Authentication methods, in the order tried">
          {virtualCluster.authentication.map((method, index) => (
            <li key={index}>{authenticationMethodLabel(method)}</li>
          ))}
        </ol>
      </td>
      <td>{ACL_MODE_LABELS[virtualCluster.acl_mode]}</td>
      <td>
        <LabelsCell labels={virtualCluster.labels} />
      </td>
      <td>
        <UpdatedAtCell iso={virtualCluster.updated_at} />
      </td>
      <td className={CELL.actions}>
        <RowActionsButton
          menuId={VIRTUAL_CLUSTER_ACTIONS_MENU_ID}
          item={virtualCluster}
          menuOpen={menuOpen}
          onOpen={onOpenActions}
        />
      </td>
    </tr>
  )
})
