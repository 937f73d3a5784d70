import type { BackendCluster } from '../../../api/api-types'

export interface DeleteBackendClusterDialogProps {
  gatewayId: string
  /** The cluster to delete; the dialog is open while this is set. */
  cluster: Pick<BackendCluster, 'id' | 'name'> | null
  onClose: () => void
  /** Called once the delete is sent (the row is already gone from lists); e.g. leave a detail page. */
  onDeleted?: () => void
}

/** Placeholder until the typed-confirmation dialog lands. */
export function DeleteBackendClusterDialog(_props: DeleteBackendClusterDialogProps) {
  return null
}
