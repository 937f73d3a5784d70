import MenuIcon from '@mui/icons-material/Menu'
import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import Toolbar from '@mui/material/Toolbar'
import Typography from '@mui/material/Typography'
import { Link } from '@tanstack/react-router'
import { ColorModeMenu } from './color-mode-menu'
import { ConnectionBadge } from './connection-badge'
import { ResetDemoButton } from './reset-demo-button'
import { SignOutButton } from './sign-out-button'

interface TopBarProps {
  onOpenNavigation: () => void
}

export function TopBar({ onOpenNavigation }: TopBarProps) {
  return (
    <AppBar
      position="fixed"
      color="default"
      elevation={0}
      sx={{ zIndex: (theme) => theme.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}
    >
      <Toolbar variant="dense" sx={{ gap: 1.5 }}>
        <IconButton
          edge="start"
          color="inherit"
          aria-label="Open navigation"
          onClick={onOpenNavigation}
          sx={{ display: { md: 'none' } }}
        >
          <MenuIcon />
        </IconButton>
        <Typography
          component={Link}
          to="/event-gateways"
          variant="h6"
          sx={{
            color: 'inherit',
            textDecoration: 'none',
            fontWeight: 600,
            fontSize: '1.05rem',
            whiteSpace: 'nowrap',
            // On a phone the bar is narrower than its contents: the title and badge give way first.
            minWidth: 0,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          Event Gateway Console
        </Typography>
        <ConnectionBadge />
        <Box sx={{ flexGrow: 1 }} />
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
          <ResetDemoButton />
          <ColorModeMenu />
          <SignOutButton />
        </Stack>
      </Toolbar>
    </AppBar>
  )
}
