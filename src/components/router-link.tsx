import Button from '@mui/material/Button'
import ListItemButton from '@mui/material/ListItemButton'
import Link from '@mui/material/Link'
import { createLink } from '@tanstack/react-router'

// MUI components that navigate through the router (typed `to`/`params`/`search`, preloading).
export const RouterLink = createLink(Link)
export const RouterButton = createLink(Button)
export const RouterListItemButton = createLink(ListItemButton)
