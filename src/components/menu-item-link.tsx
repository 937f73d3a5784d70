import MenuItem, { type MenuItemProps } from '@mui/material/MenuItem'
import { createLink } from '@tanstack/react-router'

// A menu item that is a real link (open in a new tab, copy address), navigating through the router.
// (createLink(MenuItem) would render an <li> carrying href.)
function MenuItemAnchor(props: MenuItemProps<'a'>) {
  return <MenuItem component="a" {...props} />
}

export const MenuItemLink = createLink(MenuItemAnchor)
