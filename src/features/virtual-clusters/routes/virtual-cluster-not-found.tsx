import { useParams } from '@tanstack/react-router'
import { NotFoundState } from '../../../components/not-found-state'
import { RouterButton } from '../../../components/router-link'

export function VirtualClusterNotFound() {
  const { gatewayId } = useParams({ strict: false })
  return (
    <NotFoundState
      title="Virtual cluster not found"
      message="This event gateway has no virtual cluster with this ID. It may have been deleted."
      action={
        gatewayId ? (
          <RouterButton
            to="/event-gateways/$gatewayId/virtual-clusters"
            params={{ gatewayId }}
            variant="contained"
          >
            Back to virtual clusters
          </RouterButton>
        ) : undefined
      }
    />
  )
}
