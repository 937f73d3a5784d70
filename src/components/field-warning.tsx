import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { ReactNode } from 'react'

/** A non-blocking caution under a field: worth reading, never stops a save. */
export function FieldWarning({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'flex-start', color: 'warning.main' }}>
      <WarningAmberOutlined fontSize="small" sx={{ mt: '1px' }} aria-hidden />
      <Typography id={id} variant="body2" sx={{ color: 'text.primary' }}>
        <span className="visually-hidden">Warning: </span>
        {children}
      </Typography>
    </Stack>
  )
}
