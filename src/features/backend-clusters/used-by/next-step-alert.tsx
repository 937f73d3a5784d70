import AddIcon from '@mui/icons-material/Add'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import { RouterButton } from '../../../components/router-link'

/** Right after a create: the cluster carries no client traffic until a virtual cluster routes to it. */
export function NextStepAlert({
  gatewayId,
  backendClusterId,
}: {
  gatewayId: string
  backendClusterId: string
}) {
  return (
    <Alert
      severity="success"
      action={
        <RouterButton
          to="/event-gateways/$gatewayId/virtual-clusters/new"
          params={{ gatewayId }}
          search={{ backend_cluster: backendClusterId }}
          color="inherit"
          size="small"
          startIcon={<AddIcon />}
        >
          Create a virtual cluster
        </RouterButton>
      }
    >
      <AlertTitle>Next: let clients in</AlertTitle>
      Clients reach this Kafka cluster through a virtual cluster, with its own authentication and
      namespace. Create one that routes here.
    </Alert>
  )
}
