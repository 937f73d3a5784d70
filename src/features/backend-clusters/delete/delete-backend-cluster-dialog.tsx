import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import TextField from '@mui/material/TextField'
import { useId, useState, type SyntheticEvent } from 'react'
import type { BackendCluster } from '../../../api/api-types'
import { describeError } from '../../../components/describe-error'
import { useNotify } from '../../../components/notifications'
import { useDeleteBackendCluster } from '../api/backend-cluster-mutations'

export interface DeleteBackendClusterDialogProps {
  gatewayId: string
  /** The cluster to delete; the dialog is open while this is set. */
  cluster: Pick<BackendCluster, 'id' | 'name'> | null
  onClose: () => void
  /** Called once the delete is sent (the row is already gone from lists); e.g. leave a detail page. */
  onDeleted?: () => void
}

/** Delete only after the exact name is typed: a slip of the mouse must never take a cluster away. */
export function DeleteBackendClusterDialog({
  gatewayId,
  cluster,
  onClose,
  onDeleted,
}: DeleteBackendClusterDialogProps) {
  return (
    <Dialog
      open={cluster !== null}
      onClose={onClose}
      aria-labelledby="delete-cluster-title"
      fullWidth
      maxWidth="sm"
    >
      {cluster ? (
        <DeleteConfirmation
          gatewayId={gatewayId}
          cluster={cluster}
          onClose={onClose}
          onDeleted={onDeleted}
        />
      ) : null}
    </Dialog>
  )
}

interface DeleteConfirmationProps extends Omit<DeleteBackendClusterDialogProps, 'cluster'> {
  cluster: Pick<BackendCluster, 'id' | 'name'>
}

function DeleteConfirmation({ gatewayId, cluster, onClose, onDeleted }: DeleteConfirmationProps) {
  const [typed, setTyped] = useState('')
  const inputId = useId()
  const remove = useDeleteBackendCluster(gatewayId)
  const notify = useNotify()
  const confirmed = typed === cluster.name

  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    if (!confirmed) return
    onClose()
    onDeleted?.()
    // The promise outlives this dialog (and a detail page it may leave); notices go to the app shell.
    remove.mutateAsync(cluster.id).then(
      (outcome) =>
        notify(
          outcome === 'deleted'
            ? `Backend cluster "${cluster.name}" deleted.`
            : `"${cluster.name}" was already deleted.`,
          outcome === 'deleted' ? 'success' : 'info',
        ),
      (error: unknown) => {
        const { title, message } = describeError(error)
        notify(`"${cluster.name}" was not deleted — ${title}. ${message}`, 'error')
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id="delete-cluster-title">Delete backend cluster?</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          <strong>{cluster.name}</strong> will be removed from this event gateway. Virtual clusters
          that use it will stop working: their clients lose the connection to this Kafka cluster.
          This cannot be undone.
        </DialogContentText>
        <TextField
          id={inputId}
          label={`Type ${cluster.name} to confirm`}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          fullWidth
          autoFocus
          slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" color="error" variant="contained" disabled={!confirmed}>
          Delete
        </Button>
      </DialogActions>
    </form>
  )
}
