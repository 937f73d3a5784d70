import { useQuery } from '@tanstack/react-query'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'

/** How long typing must pause before the name is looked up. */
export const NAME_LOOKUP_DELAY_MS = 400

/**
 * A hint while typing: is this name (as typing last paused) already used in the gateway? Only a
 * hint — another operator can take the name a moment later, so the API's 409 on save has the last
 * word.
 */
export function useNameTaken(gatewayId: string, settledName: string, ownId?: string): boolean {
  const { data } = useQuery({
    ...backendClusterQueries.list(gatewayId, { nameContains: settledName, pageSize: 100 }),
    enabled: settledName.length > 1,
    placeholderData: undefined,
    select: (page) =>
      (page.data ?? []).some((cluster) => cluster.name === settledName && cluster.id !== ownId),
  })
  return data === true
}
