import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { clusterBreadcrumbs } from './cluster-breadcrumbs'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { useNotify } from '../../../components/notifications'
import { PageContainer } from '../../../components/page-container'
import { eventGatewayQueries } from '../../../api/queries/event-gateway-queries'
import { useUpdateBackendCluster } from '../api/backend-cluster-mutations'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'
import { clusterConfigBody } from '../form/mapping/saved-cluster-body'
import { diffBackendClusterBodies } from '../edit/backend-cluster-changes'
import { withKeptSecrets } from '../form/mapping/saved-cluster-body'
import { useReviewChanges } from '../../../components/review/review-changes-dialog'
import { BackendClusterForm } from '../form/backend-cluster-form'
import { toFormValues } from '../form/mapping/backend-cluster-form-from-api'
import type { SaveBody } from '../form/mapping/backend-cluster-request-mapper'

const route = getRouteApi('/event-gateways/$gatewayId/backend-clusters/$backendClusterId/edit')

export function BackendClusterEditPage() {
  const { gatewayId, backendClusterId } = route.useParams()
  const { data: gateway } = useSuspenseQuery(eventGatewayQueries.detail(gatewayId))
  const { data: cluster } = useSuspenseQuery(
    backendClusterQueries.detail(gatewayId, backendClusterId),
  )
  // Server data is only the form's starting point: a background refetch must not reset what is typed.
  const [loaded] = useState(() => ({ cluster, values: toFormValues(cluster) }))
  const update = useUpdateBackendCluster(gatewayId, backendClusterId)
  const queryClient = useQueryClient()
  const { dialog, review } = useReviewChanges()
  const navigate = useNavigate()
  const notify = useNotify()
  const ids = { gatewayId, backendClusterId }
  const toDetail = () =>
    void navigate({
      to: '/event-gateways/$gatewayId/backend-clusters/$backendClusterId',
      params: ids,
    })

  const reviewBeforeSave = async (body: SaveBody) => {
    // Compared with the cluster as the API returned it, so anything a save would drop shows up.
    const original = clusterConfigBody(loaded.cluster)
    const latest = await queryClient.query({
      ...backendClusterQueries.detail(gatewayId, backendClusterId),
      staleTime: 0,
    })
    const moved = latest.updated_at !== loaded.cluster.updated_at
    return review({
      changes: diffBackendClusterBodies(original, withKeptSecrets(body, loaded.cluster)),
      concurrent: moved
        ? {
            updatedAt: latest.updated_at,
            changes: diffBackendClusterBodies(original, clusterConfigBody(latest)),
          }
        : undefined,
    })
  }

  return (
    <PageContainer
      title={`Edit ${loaded.cluster.name}`}
      subtitle="Saving replaces the whole configuration. Stored passwords and keys are kept unless you replace them."
      breadcrumbs={clusterBreadcrumbs({
        gatewayId,
        gatewayName: gateway.name,
        cluster: loaded.cluster,
        current: 'Edit',
      })}
    >
      <BackendClusterForm
        mode="edit"
        gateway={gateway}
        clusterId={backendClusterId}
        defaultValues={loaded.values}
        requireChanges
        beforeSave={reviewBeforeSave}
        save={(body) => update.mutateAsync(body)}
        onSaved={(saved) => {
          notify(`Backend cluster "${saved.name}" saved.`)
          toDetail()
        }}
        onCancel={toDetail}
      />
      {dialog}
    </PageContainer>
  )
}
