import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import MoreVert from '@mui/icons-material/MoreVert'
import Divider from '@mui/material/Divider'
import IconButton from '@mui/material/IconButton'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import type { ReactNode } from 'react'
import type { OpenRowActions, RowRef } from './use-row-actions'

interface RowActionsMenuProps {
  id: string
  /** Kept while the menu closes, so its items don't vanish mid-animation. */
  target: OpenRowActions | null
  open: boolean
  onClose: () => void
  /** The entity's own items (View, Edit, Duplicate links) for the row. */
  links: (item: RowRef) => ReactNode[]
  onCopyId: (item: RowRef) => void
  onDelete: (item: RowRef) => void
}

/** One menu for the whole table, anchored to the row's button that opened it. */
export function RowActionsMenu({
  id,
  target,
  open,
  onClose,
  links,
  onCopyId,
  onDelete,
}: RowActionsMenuProps) {
  const item = target?.item
  return (
    <Menu
      id={id}
      anchorEl={target?.anchor}
      open={open && target !== null}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
    >
      {item
        ? [
            ...links(item),
            <MenuItem key="copy" onClick={() => onCopyId(item)}>
              <ListItemIcon>
                <ContentCopyOutlined fontSize="small" />
              </ListItemIcon>
              <ListItemText>Copy ID</ListItemText>
            </MenuItem>,
            <Divider key="divider" />,
            <MenuItem key="delete" onClick={() => onDelete(item)} sx={{ color: 'error.main' }}>
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

/** The row's ⋮ button that opens the table's menu for it. */
export function RowActionsButton({
  menuId,
  item,
  menuOpen,
  onOpen,
}: {
  menuId: string
  item: RowRef
  menuOpen: boolean
  onOpen: (anchor: HTMLElement, item: RowRef) => void
}) {
  return (
    <IconButton
      size="small"
      aria-label={`Actions for ${item.name}`}
      aria-haspopup="menu"
      aria-expanded={menuOpen ? 'true' : undefined}
      aria-controls={menuOpen ? menuId : undefined}
      onClick={(event) => onOpen(event.currentTarget, item)}
    >
      <MoreVert fontSize="small" />
    </IconButton>
  )
}
