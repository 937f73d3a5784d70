import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import Button from '@mui/material/Button'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useMemo, useState } from 'react'
import { eventGatewayQueries } from '../../../api/queries/event-gateway-queries'
import { virtualClusterQueries } from '../../../api/queries/virtual-cluster-queries'
import { DetailColumns } from '../../../components/detail/detail-columns'
import { EntityMeta } from '../../../components/detail/entity-meta'
import { PageContainer } from '../../../components/page-container'
import { RouterButton } from '../../../components/router-link'
import { ConfigurationPanel } from '../../../components/config-preview/configuration-panel'
import { virtualClusterConfiguration } from '../config-preview/virtual-cluster-configuration'
import { DeleteVirtualClusterDialog } from '../delete/delete-virtual-cluster-dialog'
import { savedVirtualClusterBody } from '../form/mapping/saved-virtual-cluster-body'
import { VirtualClusterSections } from '../detail/virtual-cluster-sections'
import { virtualClusterBreadcrumbs } from './virtual-cluster-breadcrumbs'

const route = getRouteApi('/event-gateways/$gatewayId/virtual-clusters/$virtualClusterId/')

export function VirtualClusterDetailPage() {
  const { gatewayId, virtualClusterId } = route.useParams()
  const { data: gateway } = useSuspenseQuery(eventGatewayQueries.detail(gatewayId))
  const { data: virtualCluster } = useSuspenseQuery(
    virtualClusterQueries.detail(gatewayId, virtualClusterId),
  )
  const [deleting, setDeleting] = useState(false)
  const request = useMemo(
    () =>
      virtualClusterConfiguration({
        method: 'PUT',
        gatewayId,
        virtualClusterId: virtualCluster.id,
        body: savedVirtualClusterBody(virtualCluster),
        saved: true,
      }),
    [gatewayId, virtualCluster],
  )
  const navigate = useNavigate()
  const ids = { gatewayId, virtualClusterId: virtualCluster.id }

  return (
    <PageContainer
      title={virtualCluster.name}
      subtitle={virtualCluster.description || undefined}
      breadcrumbs={virtualClusterBreadcrumbs({
        gatewayId,
        gatewayName: gateway.name,
        current: virtualCluster.name,
      })}
      actions={
        <>
          <RouterButton
            to="/event-gateways/$gatewayId/virtual-clusters/$virtualClusterId/edit"
            params={ids}
            variant="contained"
            startIcon={<EditOutlined />}
          >
            Edit
          </RouterButton>
          <RouterButton
            to="/event-gateways/$gatewayId/virtual-clusters/new"
            params={{ gatewayId }}
            search={{ duplicate: virtualCluster.id }}
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
      <EntityMeta entity={virtualCluster} />
      <DetailColumns
        main={<VirtualClusterSections gatewayId={gatewayId} virtualCluster={virtualCluster} />}
        aside={<ConfigurationPanel request={request} variant="resource" />}
      />
      <DeleteVirtualClusterDialog
        gatewayId={gatewayId}
        virtualCluster={deleting ? virtualCluster : null}
        onClose={() => setDeleting(false)}
        onDeleted={() =>
          navigate({
            to: '/event-gateways/$gatewayId/virtual-clusters',
            params: { gatewayId },
          })
        }
      />
    </PageContainer>
  )
}
