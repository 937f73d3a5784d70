import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import CircularProgress from '@mui/material/CircularProgress'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import type { BackendCluster } from '../../../api/api-types'
import { virtualClusterQueries } from '../../../api/queries/virtual-cluster-queries'
import { TypedNameDeleteDialog } from '../../../components/delete/typed-name-delete-dialog'
import { useSendDelete } from '../../../components/delete/use-send-delete'
import { describeError } from '../../../components/describe-error'
import { useDeleteBackendCluster } from '../api/backend-cluster-mutations'
import { VirtualClusterLinks } from '../used-by/virtual-cluster-links'

export interface DeleteBackendClusterDialogProps {
  gatewayId: string
  /** The cluster to delete; the dialog is open while this is set. */
  cluster: Pick<BackendCluster, 'id' | 'name'> | null
  onClose: () => void
  /** Called once the delete is sent (the row is already gone from lists); e.g. leave a detail page. */
  /** The delete is sent once what this returns settles: a page being left is gone by then. */
  onDeleted?: () => void | Promise<void>
}

/** More than a gateway is likely to route to one backend cluster; the check asks for one page. */
const USERS_PAGE_SIZE = 100

/**
 * Delete after typing the name, and only when no virtual cluster routes to the cluster: the dialog
 * asks the API first and offers no way to delete while they do, or while it cannot tell (fail closed).
 */
export function DeleteBackendClusterDialog({
  gatewayId,
  cluster,
  onClose,
  onDeleted,
}: DeleteBackendClusterDialogProps) {
  const remove = useDeleteBackendCluster(gatewayId)
  const users = useQuery({
    ...virtualClusterQueries.list(gatewayId, {
      backendClusterId: cluster?.id ?? '',
      pageSize: USERS_PAGE_SIZE,
    }),
    enabled: cluster !== null,
    // Asked afresh each time the dialog opens: a cached "nobody" may be out of date.
    staleTime: 0,
    refetchOnMount: 'always',
    placeholderData: undefined,
  })

  const sendDelete = useSendDelete('backend cluster', remove.mutateAsync)

  const inUse = users.data?.data ?? []
  let blocked
  if (users.isError) {
    const { title, message } = describeError(users.error)
    blocked = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void users.refetch()}>
            Retry
          </Button>
        }
      >
        <AlertTitle>Could not check which virtual clusters use it</AlertTitle>
        {title}. {message} It can only be deleted once the check succeeds.
      </Alert>
    )
  } else if (users.isPending || users.isFetching) {
    blocked = (
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }} role="status">
        <CircularProgress size={20} aria-hidden />
        <Typography>Checking which virtual clusters use it…</Typography>
      </Stack>
    )
  } else if (inUse.length > 0) {
    blocked = (
      <Stack spacing={1.5}>
        <Alert severity="warning">
          <AlertTitle>
            {inUse.length === 1
              ? '1 virtual cluster routes to it'
              : `${String(inUse.length)} virtual clusters route to it`}
          </AlertTitle>
          Their clients reach Kafka through <strong>{cluster?.name}</strong>. Move them to another
          backend cluster or delete them first; then this one can be deleted.
        </Alert>
        <VirtualClusterLinks gatewayId={gatewayId} virtualClusters={inUse} />
      </Stack>
    )
  }

  return (
    <TypedNameDeleteDialog
      entity="backend cluster"
      item={cluster}
      blocked={blocked}
      consequence={
        <>
          <strong>{cluster?.name}</strong> will be removed from this event gateway. No virtual
          cluster routes to it. This cannot be undone.
        </>
      }
      onClose={onClose}
      onConfirm={() => {
        if (cluster) sendDelete(cluster, onDeleted)
      }}
    />
  )
}
