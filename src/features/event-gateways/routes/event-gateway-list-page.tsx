import HubOutlined from '@mui/icons-material/HubOutlined'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useSuspenseQuery } from '@tanstack/react-query'
import { EmptyState } from '../../../components/empty-state'
import { PageContainer } from '../../../components/page-container'
import { RouterLink } from '../../../components/router-link'
import { eventGatewayQueries } from '../../../api/queries/event-gateway-queries'

export function EventGatewayListPage() {
  const { data } = useSuspenseQuery(eventGatewayQueries.list())
  const gateways = data.data
  return (
    <PageContainer
      title="Event Gateways"
      subtitle="Kafka proxies managed from Konnect. Open one to manage its backend and virtual clusters."
    >
      {gateways.length === 0 ? (
        <EmptyState
          icon={<HubOutlined fontSize="large" color="disabled" />}
          title="No event gateways yet"
          message="Create an Event Gateway in Konnect first; it will show up here."
        />
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label="Event gateways">
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell>Description</TableCell>
                <TableCell>Runtime version</TableCell>
                <TableCell align="right">Virtual clusters</TableCell>
                <TableCell align="right">Nodes</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {gateways.map((gateway) => (
                <TableRow key={gateway.id} hover>
                  <TableCell>
                    <RouterLink
                      to="/event-gateways/$gatewayId/backend-clusters"
                      params={{ gatewayId: gateway.id }}
                      sx={{ fontWeight: 500 }}
                    >
                      {gateway.name}
                    </RouterLink>
                  </TableCell>
                  <TableCell>
                    <Typography
                      variant="body2"
                      color={gateway.description ? 'text.primary' : 'text.secondary'}
                    >
                      {gateway.description?.trim() ? gateway.description : '—'}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Chip label={gateway.min_runtime_version} size="small" variant="outlined" />
                  </TableCell>
                  <TableCell align="right">
                    <RouterLink
                      to="/event-gateways/$gatewayId/virtual-clusters"
                      params={{ gatewayId: gateway.id }}
                    >
                      {gateway.virtual_clusters_total}
                      <span className="visually-hidden"> virtual clusters</span>
                    </RouterLink>
                  </TableCell>
                  <TableCell align="right">{gateway.nodes_total}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </PageContainer>
  )
}
