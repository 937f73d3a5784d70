import Box from '@mui/material/Box'
import type { ReactNode } from 'react'
import { useAfterFirstPaint } from '../use-after-first-paint'

/** A detail page's two columns: the settings, and beside them a panel that stays in view. */
export function DetailColumns({ main, aside }: { main: ReactNode; aside: ReactNode }) {
  if (!useAfterFirstPaint()) return null
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 3,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
      }}
    >
      {main}
      <Box sx={{ position: { lg: 'sticky' }, top: { lg: 64 }, alignSelf: 'start' }}>{aside}</Box>
    </Box>
  )
}
