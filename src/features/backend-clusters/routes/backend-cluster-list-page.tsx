import AddIcon from '@mui/icons-material/Add'
import DnsOutlined from '@mui/icons-material/DnsOutlined'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { EmptyState } from '../../../components/empty-state'
import { PageContainer } from '../../../components/page-container'
import { RouterButton, RouterLink } from '../../../components/router-link'
import { eventGatewayQueries } from '../../event-gateways/api/event-gateway-queries'
import { backendClusterQueries } from '../api/backend-cluster-queries'
import { authenticationLabel } from '../authentication-label'
import { DEFAULT_PAGE_SIZE } from './backend-cluster-list-search'

const route = getRouteApi('/event-gateways/$gatewayId/backend-clusters')

export function BackendClusterListPage() {
  const { gatewayId } = route.useParams()
  const search = route.useSearch()
  const { data: gateway } = useSuspenseQuery(eventGatewayQueries.detail(gatewayId))
  const { data } = useSuspenseQuery(
    backendClusterQueries.list(gatewayId, {
      nameContains: search.q,
      pageSize: search.size ?? DEFAULT_PAGE_SIZE,
      after: search.after,
    }),
  )
  const clusters = data.data ?? []
  const newButton = (
    <RouterButton
      to="/event-gateways/$gatewayId/backend-clusters/new"
      params={{ gatewayId }}
      variant="contained"
      startIcon={<AddIcon />}
    >
      New backend cluster
    </RouterButton>
  )
  return (
    <PageContainer
      title="Backend Clusters"
      subtitle={`Kafka clusters that ${gateway.name} proxies.`}
      breadcrumbs={[
        <RouterLink key="gateways" to="/event-gateways" underline="hover" color="inherit">
          Event Gateways
        </RouterLink>,
        <Typography key="gateway" color="text.primary">
          {gateway.name}
        </Typography>,
      ]}
      actions={clusters.length > 0 ? newButton : undefined}
    >
      {clusters.length === 0 ? (
        <EmptyState
          icon={<DnsOutlined fontSize="large" color="disabled" />}
          title="No backend clusters yet"
          message="A backend cluster tells the gateway how to reach a real Kafka cluster: its bootstrap servers, authentication and TLS."
          action={newButton}
        />
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label="Backend clusters">
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell>Bootstrap servers</TableCell>
                <TableCell>Authentication</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {clusters.map((cluster) => (
                <TableRow key={cluster.id} hover>
                  <TableCell>
                    <RouterLink
                      to="/event-gateways/$gatewayId/backend-clusters/$backendClusterId"
                      params={{ gatewayId, backendClusterId: cluster.id }}
                    >
                      {cluster.name}
                    </RouterLink>
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>
                    {cluster.bootstrap_servers.join(', ')}
                  </TableCell>
                  <TableCell>{authenticationLabel(cluster.authentication)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </PageContainer>
  )
}
