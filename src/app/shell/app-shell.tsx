import Box from '@mui/material/Box'
import Drawer from '@mui/material/Drawer'
import Link from '@mui/material/Link'
import Toolbar from '@mui/material/Toolbar'
import useMediaQuery from '@mui/material/useMediaQuery'
import type { Theme } from '@mui/material/styles'
import { Outlet } from '@tanstack/react-router'
import { useState } from 'react'
import { SideNav } from './side-nav'
import { TopBar } from './top-bar'

const NAV_WIDTH = 240

export function AppShell() {
  const [mobileOpen, setMobileOpen] = useState(false)
  // One navigation is rendered, not both with one hidden by CSS: a phone never draws the side bar.
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'), { noSsr: true })
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: 'background.default' }}>
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 2000,
          p: 1,
          bgcolor: 'background.paper',
          '&:focus': { top: 8 },
        }}
      >
        Skip to content
      </Link>
      <TopBar onOpenNavigation={() => setMobileOpen(true)} />
      {wide ? (
        <Drawer
          variant="permanent"
          sx={{
            width: NAV_WIDTH,
            flexShrink: 0,
            '& .MuiDrawer-paper': { width: NAV_WIDTH, boxSizing: 'border-box' },
          }}
        >
          <Toolbar variant="dense" />
          <SideNav />
        </Drawer>
      ) : (
        <Drawer
          variant="temporary"
          open={mobileOpen}
          onClose={() => setMobileOpen(false)}
          // Over the top bar, which the open drawer makes inert (aria-hidden) anyway.
          sx={{ zIndex: (theme) => theme.zIndex.modal, '& .MuiDrawer-paper': { width: NAV_WIDTH } }}
        >
          <SideNav onNavigate={() => setMobileOpen(false)} />
        </Drawer>
      )}
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, outline: 'none' }}
      >
        <Toolbar variant="dense" />
        <Outlet />
      </Box>
    </Box>
  )
}
