import Alert from '@mui/material/Alert'
import LinearProgress from '@mui/material/LinearProgress'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import type { CreateVirtualClusterRequest, EventGateway } from '../../../api/api-types'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'
import { eventGatewayQueries } from '../../../api/queries/event-gateway-queries'
import { virtualClusterQueries } from '../../../api/queries/virtual-cluster-queries'
import { useNotify } from '../../../components/notifications'
import { PageContainer } from '../../../components/page-container'
import { useCreateVirtualCluster } from '../api/virtual-cluster-mutations'
import { toDuplicateFormValues } from '../form/mapping/virtual-cluster-duplicate'
import { hasHiddenPasswords } from '../form/mapping/virtual-cluster-form-from-api'
import { VirtualClusterForm } from '../form/virtual-cluster-form'
import {
  defaultFormValues,
  type VirtualClusterFormValues,
} from '../form/virtual-cluster-form-values'
import { virtualClusterBreadcrumbs } from './virtual-cluster-breadcrumbs'

const route = getRouteApi('/event-gateways/$gatewayId/virtual-clusters/new')

export function VirtualClusterNewPage() {
  const { gatewayId } = route.useParams()
  const { duplicate, backend_cluster: backendClusterId } = route.useSearch()
  const { data: gateway } = useSuspenseQuery(eventGatewayQueries.detail(gatewayId))
  return (
    <PageContainer
      title="New virtual cluster"
      subtitle={`The Kafka cluster clients of ${gateway.name} connect to, in front of one of its backend clusters.`}
      breadcrumbs={virtualClusterBreadcrumbs({
        gatewayId,
        gatewayName: gateway.name,
        current: 'New virtual cluster',
      })}
    >
      {duplicate ? (
        <DuplicateForm key={duplicate} gateway={gateway} sourceId={duplicate} />
      ) : backendClusterId ? (
        <PreselectedForm
          key={backendClusterId}
          gateway={gateway}
          backendClusterId={backendClusterId}
        />
      ) : (
        <CreateForm gateway={gateway} initialValues={defaultFormValues()} />
      )}
    </PageContainer>
  )
}

/** `?backend_cluster=<id>` (e.g. from a backend cluster's page): that cluster is the destination. */
function PreselectedForm({
  gateway,
  backendClusterId,
}: {
  gateway: EventGateway
  backendClusterId: string
}) {
  const { data, isPending, isError } = useQuery(
    backendClusterQueries.detail(gateway.id, backendClusterId),
  )
  if (isPending) return <LinearProgress aria-label="Loading the backend cluster" />
  return (
    <>
      {isError ? (
        <Alert severity="warning" sx={{ mb: 3 }}>
          The backend cluster named in the link could not be loaded; choose one below.
        </Alert>
      ) : null}
      <CreateForm
        gateway={gateway}
        initialValues={{
          ...defaultFormValues(),
          destination: data ? { id: data.id, name: data.name } : null,
        }}
      />
    </>
  )
}

/** A copy of another virtual cluster: every setting, a free name and DNS label, no hidden passwords. */
function DuplicateForm({ gateway, sourceId }: { gateway: EventGateway; sourceId: string }) {
  const { data: source } = useSuspenseQuery(virtualClusterQueries.detail(gateway.id, sourceId))
  const { data: similar } = useSuspenseQuery(
    virtualClusterQueries.list(gateway.id, { nameContains: `${source.name}-copy`, pageSize: 100 }),
  )
  // DNS labels cannot be searched: the first 100 virtual clusters are checked, and Konnect's 409
  // on save covers the rest.
  const { data: first } = useSuspenseQuery(
    virtualClusterQueries.list(gateway.id, { pageSize: 100 }),
  )
  const [initialValues] = useState(() =>
    toDuplicateFormValues(source, {
      names: (similar.data ?? []).map((item) => item.name),
      dnsLabels: [...(similar.data ?? []), ...(first.data ?? [])].map((item) => item.dns_label),
    }),
  )
  return (
    <>
      <Alert severity="info" sx={{ mb: 3 }}>
        A copy of <strong>{source.name}</strong>.{' '}
        {hasHiddenPasswords(source)
          ? 'Principal passwords Konnect keeps hidden are not copied: enter them again.'
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
  initialValues: VirtualClusterFormValues
}) {
  const create = useCreateVirtualCluster(gateway.id)
  const navigate = useNavigate()
  const notify = useNotify()
  const gatewayId = gateway.id
  return (
    <VirtualClusterForm
      mode="create"
      gateway={gateway}
      defaultValues={initialValues}
      save={(body) => create.mutateAsync(body as CreateVirtualClusterRequest)}
      onSaved={(saved) => {
        notify(`Virtual cluster "${saved.name}" created.`)
        void navigate({
          to: '/event-gateways/$gatewayId/virtual-clusters/$virtualClusterId',
          params: { gatewayId, virtualClusterId: saved.id },
        })
      }}
      onCancel={() =>
        void navigate({ to: '/event-gateways/$gatewayId/virtual-clusters', params: { gatewayId } })
      }
    />
  )
}
