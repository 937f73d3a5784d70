import Alert, { type AlertColor } from '@mui/material/Alert'
import Snackbar from '@mui/material/Snackbar'

interface NoticeSnackbarProps {
  open: boolean
  message: string
  severity: AlertColor
  onClose: () => void
}

/** A notice at the bottom of the screen that hides itself after 6 s (not on a click elsewhere). */
export function NoticeSnackbar({ open, message, severity, onClose }: NoticeSnackbarProps) {
  return (
    <Snackbar
      open={open}
      autoHideDuration={6000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') onClose()
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert severity={severity} variant="filled" onClose={onClose} sx={{ width: '100%' }}>
        {message}
      </Alert>
    </Snackbar>
  )
}
