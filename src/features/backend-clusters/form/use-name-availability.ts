import { useQuery } from '@tanstack/react-query'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'
import { useDebouncedValue } from '../../../components/use-debounced-value'

const DEBOUNCE_MS = 400

/**
 * A hint while typing: is this name already used in the gateway? Only a hint — another operator can take
 * the name a moment later, so the API's 409 on save has the last word.
 */
export function useNameTaken(gatewayId: string, name: string, ownId?: string): boolean {
  const typed = name.trim()
  const settled = useDebouncedValue(typed, DEBOUNCE_MS)
  const { data } = useQuery({
    ...backendClusterQueries.list(gatewayId, { nameContains: settled, pageSize: 100 }),
    enabled: settled.length > 1,
    placeholderData: undefined,
    select: (page) =>
      (page.data ?? []).some((cluster) => cluster.name === settled && cluster.id !== ownId),
  })
  return settled === typed && data === true
}
