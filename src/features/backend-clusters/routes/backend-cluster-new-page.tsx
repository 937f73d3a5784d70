import Typography from '@mui/material/Typography'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import type { CreateBackendClusterRequest } from '../../../api/api-types'
import { useNotify } from '../../../components/notifications'
import { PageContainer } from '../../../components/page-container'
import { RouterLink } from '../../../components/router-link'
import { eventGatewayQueries } from '../../event-gateways/api/event-gateway-queries'
import { useCreateBackendCluster } from '../api/backend-cluster-mutations'
import { BackendClusterForm } from '../form/backend-cluster-form'
import { defaultFormValues } from '../form/backend-cluster-form-values'

const route = getRouteApi('/event-gateways/$gatewayId/backend-clusters/new')

export function BackendClusterNewPage() {
  const { gatewayId } = route.useParams()
  const { data: gateway } = useSuspenseQuery(eventGatewayQueries.detail(gatewayId))
  const [initialValues] = useState(defaultFormValues)
  const create = useCreateBackendCluster(gatewayId)
  const navigate = useNavigate()
  const notify = useNotify()
  const toList = () =>
    void navigate({ to: '/event-gateways/$gatewayId/backend-clusters', params: { gatewayId } })
  return (
    <PageContainer
      title="New backend cluster"
      subtitle={`A Kafka cluster that ${gateway.name} will proxy.`}
      breadcrumbs={[
        <RouterLink key="gateways" to="/event-gateways" underline="hover" color="inherit">
          Event Gateways
        </RouterLink>,
        <RouterLink
          key="clusters"
          to="/event-gateways/$gatewayId/backend-clusters"
          params={{ gatewayId }}
          underline="hover"
          color="inherit"
        >
          {gateway.name}
        </RouterLink>,
        <Typography key="new" color="text.primary">
          New backend cluster
        </Typography>,
      ]}
    >
      <BackendClusterForm
        mode="create"
        gateway={gateway}
        defaultValues={initialValues}
        save={(body) => create.mutateAsync(body as CreateBackendClusterRequest)}
        onSaved={(cluster) => {
          notify(`Backend cluster "${cluster.name}" created.`)
          void navigate({
            to: '/event-gateways/$gatewayId/backend-clusters/$backendClusterId',
            params: { gatewayId, backendClusterId: cluster.id },
          })
        }}
        onCancel={toList}
      />
    </PageContainer>
  )
}
