import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { PageContainer } from '../../../components/page-container'
import { backendClusterQueries } from '../api/backend-cluster-queries'

const route = getRouteApi('/event-gateways/$gatewayId/backend-clusters/$backendClusterId/')

export function BackendClusterDetailPage() {
  const { gatewayId, backendClusterId } = route.useParams()
  const { data } = useSuspenseQuery(backendClusterQueries.detail(gatewayId, backendClusterId))
  return <PageContainer title={data.name}>{data.bootstrap_servers.join(', ')}</PageContainer>
}
