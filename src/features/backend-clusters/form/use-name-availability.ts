import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'

const DEBOUNCE_MS = 400

/**
 * A hint while typing: is this name already used in the gateway? Only a hint — another operator can take
 * the name a moment later, so the API's 409 on save has the last word.
 */
export function useNameTaken(gatewayId: string, name: string, ownId?: string): boolean {
  const [debounced, setDebounced] = useState(name.trim())
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(name.trim()), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [name])
  const { data } = useQuery({
    ...backendClusterQueries.list(gatewayId, { nameContains: debounced, pageSize: 100 }),
    enabled: debounced.length > 1,
    placeholderData: undefined,
    select: (page) =>
      (page.data ?? []).some((cluster) => cluster.name === debounced && cluster.id !== ownId),
  })
  return debounced === name.trim() && data === true
}
