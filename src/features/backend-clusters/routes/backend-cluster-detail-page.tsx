import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { clusterBreadcrumbs } from './cluster-breadcrumbs'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, useLocation, useNavigate } from '@tanstack/react-router'
import { useMemo, useState } from 'react'
import { CopyButton } from '../../../components/copy-button'
import { PageContainer } from '../../../components/page-container'
import { RelativeTime } from '../../../components/relative-time'
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
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={{ xs: 1, md: 3 }}
        sx={{ mb: 3, color: 'text.secondary', alignItems: { md: 'center' } }}
      >
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Typography variant="body2">
            ID <code>{cluster.id}</code>
          </Typography>
          <CopyButton text={cluster.id} label="Copy ID" compact />
        </Stack>
        <Typography variant="body2">
          Created <RelativeTime iso={cluster.created_at} />
        </Typography>
        <Typography variant="body2">
          Updated <RelativeTime iso={cluster.updated_at} />
        </Typography>
      </Stack>
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
        }}
      >
        <Stack spacing={3}>
          {justCreated ? (
            <NextStepAlert gatewayId={gatewayId} backendClusterId={cluster.id} />
          ) : null}
          <UsedBySection gatewayId={gatewayId} backendClusterId={cluster.id} />
          <BackendClusterSections cluster={cluster} />
        </Stack>
        <Box sx={{ position: { lg: 'sticky' }, top: { lg: 64 }, alignSelf: 'start' }}>
          <ConfigurationPanel request={request} variant="resource" />
        </Box>
      </Box>
      <DeleteBackendClusterDialog
        gatewayId={gatewayId}
        cluster={deleting ? cluster : null}
        onClose={() => setDeleting(false)}
        onDeleted={() =>
          void navigate({
            to: '/event-gateways/$gatewayId/backend-clusters',
            params: { gatewayId },
          })
        }
      />
    </PageContainer>
  )
}
