import { useQuery } from '@tanstack/react-query'
import { virtualClusterQueries } from '../../../api/queries/virtual-cluster-queries'
import { useDebouncedValue } from '../../../components/use-debounced-value'

/**
 * A hint while typing: is this name already used by another virtual cluster of the gateway? Only a
 * hint — someone can take the name a moment later, so the API's 409 on save has the last word.
 */
export function useNameTaken(gatewayId: string, name: string, ownId?: string): boolean {
  const typed = name.trim()
  const settled = useDebouncedValue(typed, 400)
  const { data } = useQuery({
    ...virtualClusterQueries.list(gatewayId, { nameContains: settled, pageSize: 100 }),
    enabled: settled.length > 1,
    placeholderData: undefined,
    select: (page) => (page.data ?? []).some((item) => item.name === settled && item.id !== ownId),
  })
  return settled === typed && data === true
}
