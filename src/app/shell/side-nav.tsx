import DnsOutlined from '@mui/icons-material/DnsOutlined'
import HubOutlined from '@mui/icons-material/HubOutlined'
import LanOutlined from '@mui/icons-material/LanOutlined'
import Box from '@mui/material/Box'
import List from '@mui/material/List'
import ListItem from '@mui/material/ListItem'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import Skeleton from '@mui/material/Skeleton'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { RouterListItemButton } from '../../components/router-link'
import { eventGatewayQueries } from '../../api/queries/event-gateway-queries'

interface SideNavProps {
  onNavigate?: () => void
}

/** Main navigation; inside a gateway it lists that gateway's sections (only the ones the console has). */
export function SideNav({ onNavigate }: SideNavProps) {
  const { gatewayId } = useParams({ strict: false })
  return (
    <Box component="nav" aria-label="Main" sx={{ py: 1 }}>
      <List dense>
        <ListItem disablePadding>
          <RouterListItemButton
            to="/event-gateways"
            activeOptions={{ exact: true }}
            onClick={onNavigate}
            sx={{ '&.active': { bgcolor: 'action.selected' } }}
          >
            <ListItemIcon>
              <HubOutlined />
            </ListItemIcon>
            <ListItemText primary="Event Gateway" />
          </RouterListItemButton>
        </ListItem>
      </List>
      {gatewayId ? <GatewaySections gatewayId={gatewayId} onNavigate={onNavigate} /> : null}
    </Box>
  )
}

function GatewaySections({
  gatewayId,
  onNavigate,
}: {
  gatewayId: string
  onNavigate?: () => void
}) {
  const { data: gateway, isError } = useQuery(eventGatewayQueries.detail(gatewayId))
  if (isError) return null
  return (
    <>
      <Typography
        id="gateway-sections-heading"
        variant="overline"
        component="h2"
        color="text.secondary"
        sx={{
          display: 'block',
          px: 2,
          pt: 1,
          lineHeight: 2,
          overflowWrap: 'anywhere',
          textTransform: 'none',
          fontSize: '0.8rem',
        }}
      >
        {gateway ? (
          gateway.name
        ) : (
          <>
            <Skeleton width={120} aria-hidden />
            <span className="visually-hidden">Loading gateway</span>
          </>
        )}
      </Typography>
      <List dense aria-labelledby="gateway-sections-heading">
        <ListItem disablePadding>
          <RouterListItemButton
            to="/event-gateways/$gatewayId/backend-clusters"
            params={{ gatewayId }}
            onClick={onNavigate}
            sx={{ pl: 3, '&.active': { bgcolor: 'action.selected' } }}
          >
            <ListItemIcon>
              <DnsOutlined />
            </ListItemIcon>
            <ListItemText primary="Backend Clusters" />
          </RouterListItemButton>
        </ListItem>
        <ListItem disablePadding>
          <RouterListItemButton
            to="/event-gateways/$gatewayId/virtual-clusters"
            params={{ gatewayId }}
            onClick={onNavigate}
            sx={{ pl: 3, '&.active': { bgcolor: 'action.selected' } }}
          >
            <ListItemIcon>
              <LanOutlined />
            </ListItemIcon>
            <ListItemText primary="Virtual Clusters" />
          </RouterListItemButton>
        </ListItem>
      </List>
    </>
  )
}
