import type { VirtualCluster } from '../../../api/api-types'
import { TypedNameDeleteDialog } from '../../../components/delete/typed-name-delete-dialog'
import { describeError } from '../../../components/describe-error'
import { useNotify } from '../../../components/notifications'
import { useDeleteVirtualCluster } from '../api/virtual-cluster-mutations'

export interface DeleteVirtualClusterDialogProps {
  gatewayId: string
  /** The virtual cluster to delete; the dialog is open while this is set. */
  virtualCluster: Pick<VirtualCluster, 'id' | 'name'> | null
  onClose: () => void
  /** Called once the delete is sent (the row is already gone from lists); e.g. leave a detail page. */
  onDeleted?: () => void
}

/** Delete after typing the exact name; clients connected through it lose their connection. */
export function DeleteVirtualClusterDialog({
  gatewayId,
  virtualCluster,
  onClose,
  onDeleted,
}: DeleteVirtualClusterDialogProps) {
  const remove = useDeleteVirtualCluster(gatewayId)
  const notify = useNotify()
  const confirm = () => {
    if (!virtualCluster) return
    const { id, name } = virtualCluster
    onDeleted?.()
    // The promise outlives this dialog (and a detail page it may leave); notices go to the app shell.
    remove.mutateAsync(id).then(
      (outcome) =>
        notify(
          outcome === 'deleted'
            ? `Virtual cluster "${name}" deleted.`
            : `"${name}" was already deleted.`,
          outcome === 'deleted' ? 'success' : 'info',
        ),
      (error: unknown) => {
        const { title, message } = describeError(error)
        notify(`"${name}" was not deleted — ${title}. ${message}`, 'error')
      },
    )
  }
  return (
    <TypedNameDeleteDialog
      entity="virtual cluster"
      item={virtualCluster}
      consequence={
        <>
          <strong>{virtualCluster?.name}</strong> will be removed from this event gateway. Its
          clients lose their connection: they can no longer reach Kafka through it. This cannot be
          undone.
        </>
      }
      onClose={onClose}
      onConfirm={confirm}
    />
  )
}
