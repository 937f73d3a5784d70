import Typography from '@mui/material/Typography'
import type { ReactNode } from 'react'
import { RouterLink } from '../../../components/router-link'

interface VirtualClusterBreadcrumbsOptions {
  gatewayId: string
  gatewayName: string
  /** The virtual cluster, when the page is below it (edit), so it links back to the detail. */
  virtualCluster?: { id: string; name: string }
  current: string
}

/** Event Gateways / <gateway> · Virtual Clusters / [<virtual cluster> /] <current page>. */
export function virtualClusterBreadcrumbs({
  gatewayId,
  gatewayName,
  virtualCluster,
  current,
}: VirtualClusterBreadcrumbsOptions): ReactNode[] {
  return [
    <RouterLink key="gateways" to="/event-gateways" underline="hover" color="inherit">
      Event Gateways
    </RouterLink>,
    <RouterLink
      key="list"
      to="/event-gateways/$gatewayId/virtual-clusters"
      params={{ gatewayId }}
      underline="hover"
      color="inherit"
    >
      {gatewayName} · Virtual Clusters
    </RouterLink>,
    ...(virtualCluster
      ? [
          <RouterLink
            key="item"
            to="/event-gateways/$gatewayId/virtual-clusters/$virtualClusterId"
            params={{ gatewayId, virtualClusterId: virtualCluster.id }}
            underline="hover"
            color="inherit"
          >
            {virtualCluster.name}
          </RouterLink>,
        ]
      : []),
    <Typography key="current" color="text.primary">
      {current}
    </Typography>,
  ]
}
