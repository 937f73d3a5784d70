import Typography from '@mui/material/Typography'
import type { ReactNode } from 'react'
import { RouterLink } from '../../../components/router-link'

interface ClusterBreadcrumbsOptions {
  gatewayId: string
  gatewayName: string
  /** The cluster, when the page is below it (edit), so it links back to the detail. */
  cluster?: { id: string; name: string }
  current: string
}

/** Event Gateways / <gateway> · Backend Clusters / [<cluster> /] <current page>. */
export function clusterBreadcrumbs({
  gatewayId,
  gatewayName,
  cluster,
  current,
}: ClusterBreadcrumbsOptions): ReactNode[] {
  return [
    <RouterLink key="gateways" to="/event-gateways" underline="hover" color="inherit">
      Event Gateways
    </RouterLink>,
    <RouterLink
      key="clusters"
      to="/event-gateways/$gatewayId/backend-clusters"
      params={{ gatewayId }}
      underline="hover"
      color="inherit"
    >
      {gatewayName} · Backend Clusters
    </RouterLink>,
    ...(cluster
      ? [
          <RouterLink
            key="cluster"
            to="/event-gateways/$gatewayId/backend-clusters/$backendClusterId"
            params={{ gatewayId, backendClusterId: cluster.id }}
            underline="hover"
            color="inherit"
          >
            {cluster.name}
          </RouterLink>,
        ]
      : []),
    <Typography key="current" color="text.primary">
      {current}
    </Typography>,
  ]
}
