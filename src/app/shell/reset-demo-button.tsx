import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined'
import Button from '@mui/material/Button'
import { useQueryClient } from '@tanstack/react-query'
import { useRouter } from '@tanstack/react-router'
import { demoRuntime } from '@demo-runtime'
import { useState } from 'react'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { useNotify } from '../../components/notifications'

export function ResetDemoButton() {
  const [open, setOpen] = useState(false)
  const queryClient = useQueryClient()
  const router = useRouter()
  const notify = useNotify()
  if (!demoRuntime.enabled) return null
  const reset = async () => {
    setOpen(false)
    await demoRuntime.reset()
    queryClient.removeQueries()
    await router.invalidate()
    notify('Demo data reset to the original sample clusters.', 'info')
  }
  return (
    <>
      <Button
        color="inherit"
        size="small"
        startIcon={<RestartAltOutlined />}
        onClick={() => setOpen(true)}
        sx={{ display: { xs: 'none', sm: 'inline-flex' } }}
      >
        Reset demo data
      </Button>
      <ConfirmDialog
        open={open}
        title="Reset demo data?"
        confirmLabel="Reset demo data"
        destructive
        onCancel={() => setOpen(false)}
        onConfirm={() => void reset()}
      >
        Every change made in this demo is discarded and the sample gateways and backend clusters
        come back as they were.
      </ConfirmDialog>
    </>
  )
}
