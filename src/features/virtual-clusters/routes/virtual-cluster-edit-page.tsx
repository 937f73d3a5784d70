import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { eventGatewayQueries } from '../../../api/queries/event-gateway-queries'
import { virtualClusterQueries } from '../../../api/queries/virtual-cluster-queries'
import { useNotify } from '../../../components/notifications'
import { PageContainer } from '../../../components/page-container'
import { useReviewChanges } from '../../../components/review/review-changes-dialog'
import { useUpdateVirtualCluster } from '../api/virtual-cluster-mutations'
import { describeKeptPasswords, diffVirtualClusterBodies } from '../edit/virtual-cluster-changes'
import {
  leftOutPasswords,
  savedVirtualClusterBody,
  withKeptPasswords,
} from '../form/mapping/saved-virtual-cluster-body'
import {
  storedPrincipalUsernames,
  toFormValues,
} from '../form/mapping/virtual-cluster-form-from-api'
import type { VirtualClusterRequestBody } from '../form/mapping/virtual-cluster-request-mapper'
import { VirtualClusterForm } from '../form/virtual-cluster-form'
import type { VirtualClusterFormValues } from '../form/virtual-cluster-form-values'
import { virtualClusterBreadcrumbs } from './virtual-cluster-breadcrumbs'

const route = getRouteApi('/event-gateways/$gatewayId/virtual-clusters/$virtualClusterId/edit')

export function VirtualClusterEditPage() {
  const { gatewayId, virtualClusterId } = route.useParams()
  const { data: gateway } = useSuspenseQuery(eventGatewayQueries.detail(gatewayId))
  const { data: virtualCluster } = useSuspenseQuery(
    virtualClusterQueries.detail(gatewayId, virtualClusterId),
  )
  // Server data is only the form's starting point: a background refetch must not reset what is typed.
  const [loaded] = useState(() => ({
    virtualCluster,
    values: toFormValues(virtualCluster),
    storedPrincipals: storedPrincipalUsernames(virtualCluster),
  }))
  const update = useUpdateVirtualCluster(gatewayId, virtualClusterId)
  const queryClient = useQueryClient()
  const { dialog, review } = useReviewChanges()
  const navigate = useNavigate()
  const notify = useNotify()
  const ids = { gatewayId, virtualClusterId }
  const toDetail = () =>
    void navigate({
      to: '/event-gateways/$gatewayId/virtual-clusters/$virtualClusterId',
      params: ids,
    })

  const reviewBeforeSave = async (
    body: VirtualClusterRequestBody,
    values: VirtualClusterFormValues,
  ) => {
    // Compared with the virtual cluster as the API returned it, so anything a save would drop shows.
    const original = savedVirtualClusterBody(loaded.virtualCluster)
    const latest = await queryClient.query({
      ...virtualClusterQueries.detail(gatewayId, virtualClusterId),
      staleTime: 0,
    })
    const names: Record<string, string> = {
      [loaded.virtualCluster.destination.id]: loaded.virtualCluster.destination.name,
      [latest.destination.id]: latest.destination.name,
      ...(values.destination ? { [values.destination.id]: values.destination.name } : {}),
    }
    const moved = latest.updated_at !== loaded.virtualCluster.updated_at
    return review({
      changes: diffVirtualClusterBodies(
        original,
        withKeptPasswords(body, loaded.virtualCluster),
        names,
      ),
      kept: describeKeptPasswords(leftOutPasswords(body, loaded.virtualCluster)),
      concurrent: moved
        ? {
            updatedAt: latest.updated_at,
            changes: diffVirtualClusterBodies(original, savedVirtualClusterBody(latest), names),
          }
        : undefined,
    })
  }

  return (
    <PageContainer
      title={`Edit ${loaded.virtualCluster.name}`}
      subtitle="Saving replaces the whole configuration. Stored principal passwords are kept unless you replace them."
      breadcrumbs={virtualClusterBreadcrumbs({
        gatewayId,
        gatewayName: gateway.name,
        virtualCluster: loaded.virtualCluster,
        current: 'Edit',
      })}
    >
      <VirtualClusterForm
        mode="edit"
        gateway={gateway}
        virtualClusterId={virtualClusterId}
        defaultValues={loaded.values}
        storedPrincipals={loaded.storedPrincipals}
        requireChanges
        beforeSave={reviewBeforeSave}
        save={(body) => update.mutateAsync(body)}
        onSaved={(saved) => {
          notify(`Virtual cluster "${saved.name}" saved.`)
          toDetail()
        }}
        onCancel={toDetail}
      />
      {dialog}
    </PageContainer>
  )
}
