import EditOutlined from '@mui/icons-material/EditOutlined'
import FileCopyOutlined from '@mui/icons-material/FileCopyOutlined'
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import { RowActionsMenu } from '../../../components/list/row-actions-menu'
import type { OpenRowActions, RowRef } from '../../../components/list/use-row-actions'
import { MenuItemLink } from '../../../components/menu-item-link'

export const VIRTUAL_CLUSTER_ACTIONS_MENU_ID = 'virtual-cluster-actions'

interface VirtualClusterActionsMenuProps {
  gatewayId: string
  target: OpenRowActions | null
  open: boolean
  onClose: () => void
  onCopyId: (item: RowRef) => void
  onDelete: (item: RowRef) => void
}

/** View, Edit, Duplicate, Copy ID and Delete for the row whose button opened it. */
export function VirtualClusterActionsMenu({ gatewayId, ...menu }: VirtualClusterActionsMenuProps) {
  return (
    <RowActionsMenu
      id={VIRTUAL_CLUSTER_ACTIONS_MENU_ID}
      {...menu}
      links={(item) => {
        const params = { gatewayId, virtualClusterId: item.id }
        return [
          <MenuItemLink
            key="view"
            to="/event-gateways/$gatewayId/virtual-clusters/$virtualClusterId"
            params={params}
          >
            <ListItemIcon>
              <VisibilityOutlined fontSize="small" />
            </ListItemIcon>
            <ListItemText>View</ListItemText>
          </MenuItemLink>,
          <MenuItemLink
            key="edit"
            to="/event-gateways/$gatewayId/virtual-clusters/$virtualClusterId/edit"
            params={params}
          >
            <ListItemIcon>
              <EditOutlined fontSize="small" />
            </ListItemIcon>
            <ListItemText>Edit</ListItemText>
          </MenuItemLink>,
          <MenuItemLink
            key="duplicate"
            to="/event-gateways/$gatewayId/virtual-clusters/new"
            params={{ gatewayId }}
            search={{ duplicate: item.id }}
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
