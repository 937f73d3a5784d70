import type { VirtualCluster } from '../../../api/api-types'
import { TypedNameDeleteDialog } from '../../../components/delete/typed-name-delete-dialog'
import { useSendDelete } from '../../../components/delete/use-send-delete'
import { useDeleteVirtualCluster } from '../api/virtual-cluster-mutations'

export interface DeleteVirtualClusterDialogProps {
  gatewayId: string
  /** The virtual cluster to delete; the dialog is open while this is set. */
  virtualCluster: Pick<VirtualCluster, 'id' | 'name'> | null
  onClose: () => void
  /** Called once the delete is sent (the row is already gone from lists); e.g. leave a detail page. */
  /** The delete is sent once what this returns settles: a page being left is gone by then. */
  onDeleted?: () => void | Promise<void>
}

/** Delete after typing the exact name; clients connected through it lose their connection. */
export function DeleteVirtualClusterDialog({
  gatewayId,
  virtualCluster,
  onClose,
  onDeleted,
}: DeleteVirtualClusterDialogProps) {
  const remove = useDeleteVirtualCluster(gatewayId)
  const sendDelete = useSendDelete('virtual cluster', remove.mutateAsync)
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
      onConfirm={() => {
        if (virtualCluster) sendDelete(virtualCluster, onDeleted)
      }}
    />
  )
}
