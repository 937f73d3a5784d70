import { useParams } from '@tanstack/react-router'
import { NotFoundState } from '../../../components/not-found-state'
import { RouterButton } from '../../../components/router-link'

export function BackendClusterNotFound() {
  const { gatewayId } = useParams({ strict: false })
  return (
    <NotFoundState
      title="Backend cluster not found"
      message="This event gateway has no backend cluster with this ID. It may have been deleted."
      action={
        gatewayId ? (
          <RouterButton
            to="/event-gateways/$gatewayId/backend-clusters"
            params={{ gatewayId }}
            variant="contained"
          >
            Back to backend clusters
          </RouterButton>
        ) : undefined
      }
    />
  )
}
