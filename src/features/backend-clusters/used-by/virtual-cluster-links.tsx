import List from '@mui/material/List'
import ListItem from '@mui/material/ListItem'
import ListItemText from '@mui/material/ListItemText'
import type { VirtualCluster } from '../../../api/api-types'
import { RouterLink } from '../../../components/router-link'
import { authenticationMethodsText } from '../../../components/virtual-cluster-words'

interface VirtualClusterLinksProps {
  gatewayId: string
  virtualClusters: readonly Pick<VirtualCluster, 'id' | 'name' | 'authentication'>[]
}

/** Virtual clusters as links to their pages, each with its authentication methods in order. */
export function VirtualClusterLinks({ gatewayId, virtualClusters }: VirtualClusterLinksProps) {
  return (
    <List dense disablePadding aria-label="Virtual clusters">
      {virtualClusters.map((virtualCluster) => (
        <ListItem key={virtualCluster.id} disableGutters>
          <ListItemText
            primary={
              <RouterLink
                to="/event-gateways/$gatewayId/virtual-clusters/$virtualClusterId"
                params={{ gatewayId, virtualClusterId: virtualCluster.id }}
              >
                {virtualCluster.name}
              </RouterLink>
            }
            secondary={authenticationMethodsText(virtualCluster.authentication)}
          />
        </ListItem>
      ))}
    </List>
  )
}
