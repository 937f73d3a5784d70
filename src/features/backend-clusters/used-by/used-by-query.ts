import { virtualClusterQueries } from '../../../api/queries/virtual-cluster-queries'

/** One page is plenty here; the full, filtered list is a link away. */
const USED_BY_SHOWN = 25

/** The virtual clusters routed to a backend cluster, as its detail page's "Used by" shows them. */
export const usedByQuery = (gatewayId: string, backendClusterId: string) =>
  virtualClusterQueries.list(gatewayId, { backendClusterId, pageSize: USED_BY_SHOWN })
