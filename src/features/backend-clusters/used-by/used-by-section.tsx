import AddIcon from '@mui/icons-material/Add'
import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { ErrorState } from '../../../components/error-state'
import { RouterButton, RouterLink } from '../../../components/router-link'
import { usedByQuery } from './used-by-query'
import { VirtualClusterLinks } from './virtual-cluster-links'

interface UsedBySectionProps {
  gatewayId: string
  backendClusterId: string
}

/** What routes clients to this backend cluster: the virtual clusters whose destination it is. */
export function UsedBySection({ gatewayId, backendClusterId }: UsedBySectionProps) {
  const users = useQuery(usedByQuery(gatewayId, backendClusterId))
  const items = users.data?.data ?? []
  const more = Boolean(users.data?.meta?.page.next)
  return (
    <Paper variant="outlined" component="section" aria-labelledby="used-by-heading" sx={{ p: 2 }}>
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}
      >
        <Typography id="used-by-heading" variant="h2">
          Used by
        </Typography>
        <RouterButton
          to="/event-gateways/$gatewayId/virtual-clusters/new"
          params={{ gatewayId }}
          search={{ backend_cluster: backendClusterId }}
          size="small"
          variant="outlined"
          startIcon={<AddIcon />}
        >
          New virtual cluster
        </RouterButton>
      </Stack>
      {users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : users.isPending ? (
        <Stack spacing={1} aria-hidden>
          <Skeleton width="60%" />
          <Skeleton width="45%" />
        </Stack>
      ) : items.length === 0 ? (
        <Typography color="text.secondary">
          No virtual clusters use this backend cluster.
        </Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary">
            Clients reach this Kafka cluster through these virtual clusters, which try their
            authentication methods in this order.
          </Typography>
          <VirtualClusterLinks gatewayId={gatewayId} virtualClusters={items} />
          {more ? (
            <RouterLink
              to="/event-gateways/$gatewayId/virtual-clusters"
              params={{ gatewayId }}
              search={{ backend_cluster: backendClusterId }}
            >
              All virtual clusters routed here
            </RouterLink>
          ) : null}
        </>
      )}
    </Paper>
  )
}
