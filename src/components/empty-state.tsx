import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { ReactNode } from 'react'

interface EmptyStateProps {
  title: string
  message?: ReactNode
  action?: ReactNode
  icon?: ReactNode
}

export function EmptyState({ title, message, action, icon }: EmptyStateProps) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, md: 6 } }}>
      <Stack spacing={1.5} sx={{ alignItems: 'center', textAlign: 'center' }}>
        {icon}
        <Typography variant="h2" component="p">
          {title}
        </Typography>
        {message ? (
          <Typography color="text.secondary" sx={{ maxWidth: 520 }}>
            {message}
          </Typography>
        ) : null}
        {action}
      </Stack>
    </Paper>
  )
}
