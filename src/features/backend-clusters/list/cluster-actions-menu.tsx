import EditOutlined from '@mui/icons-material/EditOutlined'
import FileCopyOutlined from '@mui/icons-material/FileCopyOutlined'
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import { RowActionsMenu } from '../../../components/list/row-actions-menu'
import type { OpenRowActions, RowRef } from '../../../components/list/use-row-actions'
import { MenuItemLink } from '../../../components/menu-item-link'

export const CLUSTER_ACTIONS_MENU_ID = 'backend-cluster-actions'

interface ClusterActionsMenuProps {
  gatewayId: string
  target: OpenRowActions | null
  open: boolean
  onClose: () => void
  onCopyId: (cluster: RowRef) => void
  onDelete: (cluster: RowRef) => void
}

/** View, Edit, Duplicate, Copy ID and Delete for the row whose button opened it. */
export function ClusterActionsMenu({ gatewayId, ...menu }: ClusterActionsMenuProps) {
  return (
    <RowActionsMenu
      id={CLUSTER_ACTIONS_MENU_ID}
      {...menu}
      links={(cluster) => {
        const params = { gatewayId, backendClusterId: cluster.id }
        return [
          <MenuItemLink
            key="view"
            to="/event-gateways/$gatewayId/backend-clusters/$backendClusterId"
            params={params}
          >
            <ListItemIcon>
              <VisibilityOutlined fontSize="small" />
            </ListItemIcon>
            <ListItemText>View</ListItemText>
          </MenuItemLink>,
          <MenuItemLink
            key="edit"
            to="/event-gateways/$gatewayId/backend-clusters/$backendClusterId/edit"
            params={params}
          >
            <ListItemIcon>
              <EditOutlined fontSize="small" />
            </ListItemIcon>
            <ListItemText>Edit</ListItemText>
          </MenuItemLink>,
          <MenuItemLink
            key="duplicate"
            to="/event-gateways/$gatewayId/backend-clusters/new"
            params={{ gatewayId }}
            search={{ duplicate: cluster.id }}
          >
            <ListItemIcon>
              <FileCopyOutlined fontSize="small" />
            </ListItemIcon>
            <ListItemText>Duplicate</ListItemText>
          </MenuItemLink>,
        ]
      }}
    />
  )
}
