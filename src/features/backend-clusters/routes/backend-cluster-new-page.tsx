import Alert from '@mui/material/Alert'
import { clusterBreadcrumbs } from './cluster-breadcrumbs'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import type { CreateBackendClusterRequest, EventGateway } from '../../../api/api-types'
import { useNotify } from '../../../components/notifications'
import { PageContainer } from '../../../components/page-container'
import { eventGatewayQueries } from '../../../api/queries/event-gateway-queries'
import { useCreateBackendCluster } from '../api/backend-cluster-mutations'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'
import { BackendClusterForm } from '../form/backend-cluster-form'
import {
  hasHiddenSecrets,
  toDuplicateFormValues,
} from '../form/mapping/backend-cluster-form-from-api'
import {
  defaultFormValues,
  type BackendClusterFormValues,
} from '../form/backend-cluster-form-values'

const route = getRouteApi('/event-gateways/$gatewayId/backend-clusters/new')

export function BackendClusterNewPage() {
  const { gatewayId } = route.useParams()
  const { duplicate } = route.useSearch()
  const { data: gateway } = useSuspenseQuery(eventGatewayQueries.detail(gatewayId))
  return (
    <PageContainer
      title="New backend cluster"
      subtitle={`A Kafka cluster that ${gateway.name} will proxy.`}
      breadcrumbs={clusterBreadcrumbs({
        gatewayId,
        gatewayName: gateway.name,
        current: 'New backend cluster',
      })}
    >
      {duplicate ? (
        <DuplicateForm key={duplicate} gateway={gateway} sourceId={duplicate} />
      ) : (
        <CreateForm gateway={gateway} initialValues={defaultFormValues()} />
      )}
    </PageContainer>
  )
}

/** A copy of another cluster: every setting, a free name, and no plaintext secrets. */
function DuplicateForm({ gateway, sourceId }: { gateway: EventGateway; sourceId: string }) {
  const { data: source } = useSuspenseQuery(backendClusterQueries.detail(gateway.id, sourceId))
  const { data: similar } = useSuspenseQuery(
    backendClusterQueries.list(gateway.id, { nameContains: `${source.name}-copy`, pageSize: 100 }),
  )
  const [initialValues] = useState(() =>
    toDuplicateFormValues(
      source,
      (similar.data ?? []).map((cluster) => cluster.name),
    ),
  )
  const hidden = hasHiddenSecrets(source)
  const secretsDropped = hidden.password || hidden.clientKey
  return (
    <>
      <Alert severity="info" sx={{ mb: 3 }}>
        A copy of <strong>{source.name}</strong>.{' '}
        {secretsDropped
          ? 'Passwords and keys Konnect keeps hidden are not copied: enter them again.'
          : 'Every setting is copied; references to secrets are kept as they are.'}
      </Alert>
      <CreateForm gateway={gateway} initialValues={initialValues} />
    </>
  )
}

function CreateForm({
  gateway,
  initialValues,
}: {
  gateway: EventGateway
  initialValues: BackendClusterFormValues
}) {
  const create = useCreateBackendCluster(gateway.id)
  const navigate = useNavigate()
  const notify = useNotify()
  const gatewayId = gateway.id
  return (
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
          state: { createdBackendCluster: true },
        })
      }}
      onCancel={() =>
        void navigate({ to: '/event-gateways/$gatewayId/backend-clusters', params: { gatewayId } })
      }
    />
  )
}
