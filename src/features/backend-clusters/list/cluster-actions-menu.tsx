import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import FileCopyOutlined from '@mui/icons-material/FileCopyOutlined'
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined'
import Divider from '@mui/material/Divider'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import type { BackendCluster } from '../../../api/api-types'
import { MenuItemLink } from '../../../components/menu-item-link'

export const CLUSTER_ACTIONS_MENU_ID = 'backend-cluster-actions'

export interface OpenClusterActions {
  anchor: HTMLElement
  cluster: Pick<BackendCluster, 'id' | 'name'>
}

interface ClusterActionsMenuProps {
  gatewayId: string
  /** Kept while the menu closes, so its items don't vanish mid-animation. */
  target: OpenClusterActions | null
  open: boolean
  onClose: () => void
  onCopyId: (cluster: Pick<BackendCluster, 'id' | 'name'>) => void
  onDelete: (cluster: Pick<BackendCluster, 'id' | 'name'>) => void
}

/** One menu for the whole table, anchored to the row's button that opened it. */
export function ClusterActionsMenu({
  gatewayId,
  target,
  open,
  onClose,
  onCopyId,
  onDelete,
}: ClusterActionsMenuProps) {
  const cluster = target?.cluster
  const params = { gatewayId, backendClusterId: cluster?.id ?? '' }
  return (
    <Menu
      id={CLUSTER_ACTIONS_MENU_ID}
      anchorEl={target?.anchor}
      open={open && target !== null}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
    >
      {cluster
        ? [
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
            <MenuItem key="copy" onClick={() => onCopyId(cluster)}>
              <ListItemIcon>
                <ContentCopyOutlined fontSize="small" />
              </ListItemIcon>
              <ListItemText>Copy ID</ListItemText>
            </MenuItem>,
            <Divider key="divider" />,
            <MenuItem key="delete" onClick={() => onDelete(cluster)} sx={{ color: 'error.main' }}>
              <ListItemIcon sx={{ color: 'inherit' }}>
                <DeleteOutlined fontSize="small" />
              </ListItemIcon>
              <ListItemText>Delete</ListItemText>
            </MenuItem>,
          ]
        : null}
    </Menu>
  )
}
