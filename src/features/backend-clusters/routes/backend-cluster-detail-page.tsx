import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import { clusterBreadcrumbs } from './cluster-breadcrumbs'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, useLocation, useNavigate } from '@tanstack/react-router'
import { useMemo, useState } from 'react'
import { DetailColumns } from '../../../components/detail/detail-columns'
import { EntityMeta } from '../../../components/detail/entity-meta'
import { PageContainer } from '../../../components/page-container'
import { RouterButton } from '../../../components/router-link'
import { eventGatewayQueries } from '../../../api/queries/event-gateway-queries'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'
import { ConfigurationPanel } from '../../../components/config-preview/configuration-panel'
import { backendClusterConfiguration } from '../config-preview/backend-cluster-configuration'
import { DeleteBackendClusterDialog } from '../delete/delete-backend-cluster-dialog'
import { BackendClusterSections } from '../detail/backend-cluster-sections'
import { NextStepAlert } from '../used-by/next-step-alert'
import { UsedBySection } from '../used-by/used-by-section'
import { clusterConfigBody } from '../form/mapping/saved-cluster-body'

const route = getRouteApi('/event-gateways/$gatewayId/backend-clusters/$backendClusterId/')

export function BackendClusterDetailPage() {
  const { gatewayId, backendClusterId } = route.useParams()
  const { data: gateway } = useSuspenseQuery(eventGatewayQueries.detail(gatewayId))
  const { data: cluster } = useSuspenseQuery(
    backendClusterQueries.detail(gatewayId, backendClusterId),
  )
  const [deleting, setDeleting] = useState(false)
  // Set by the New page's save: the cluster carries no traffic until a virtual cluster routes to it.
  const justCreated = useLocation({ select: (location) => location.state.createdBackendCluster })
  const navigate = useNavigate()
  const request = useMemo(
    () =>
      backendClusterConfiguration({
        method: 'PUT',
        gatewayId,
        clusterId: cluster.id,
        body: clusterConfigBody(cluster),
        saved: true,
      }),
    [gatewayId, cluster],
  )
  const ids = { gatewayId, backendClusterId: cluster.id }

  return (
    <PageContainer
      title={cluster.name}
      subtitle={cluster.description || undefined}
      breadcrumbs={clusterBreadcrumbs({
        gatewayId,
        gatewayName: gateway.name,
        current: cluster.name,
      })}
      actions={
        <>
          <RouterButton
            to="/event-gateways/$gatewayId/backend-clusters/$backendClusterId/edit"
            params={ids}
            variant="contained"
            startIcon={<EditOutlined />}
          >
            Edit
          </RouterButton>
          <RouterButton
            to="/event-gateways/$gatewayId/backend-clusters/new"
            params={{ gatewayId }}
            search={{ duplicate: cluster.id }}
            variant="outlined"
            startIcon={<ContentCopyOutlined />}
          >
            Duplicate
          </RouterButton>
          <Button
            variant="outlined"
            color="error"
            startIcon={<DeleteOutlined />}
            onClick={() => setDeleting(true)}
          >
            Delete
          </Button>
        </>
      }
    >
      <EntityMeta entity={cluster} />
      <DetailColumns
        main={
          <Stack spacing={3}>
            {justCreated ? (
              <NextStepAlert gatewayId={gatewayId} backendClusterId={cluster.id} />
            ) : null}
            <UsedBySection gatewayId={gatewayId} backendClusterId={cluster.id} />
            <BackendClusterSections cluster={cluster} />
          </Stack>
        }
        aside={<ConfigurationPanel request={request} variant="resource" />}
      />
      <DeleteBackendClusterDialog
        gatewayId={gatewayId}
        cluster={deleting ? cluster : null}
        onClose={() => setDeleting(false)}
        onDeleted={() =>
          navigate({
            to: '/event-gateways/$gatewayId/backend-clusters',
            params: { gatewayId },
          })
        }
      />
    </PageContainer>
  )
}
