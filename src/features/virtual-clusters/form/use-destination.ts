import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useWatch, type Control } from 'react-hook-form'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'
import type { VirtualClusterFormValues } from './virtual-cluster-form-values'

/**
 * The backend cluster the form routes to, as Konnect has it (for the anonymous-access rule and the
 * link to its edit page); undefined until chosen and loaded.
 */
export function useDestination(gatewayId: string, control: Control<VirtualClusterFormValues>) {
  const destination = useWatch({ control, name: 'destination' })
  const id = destination?.id ?? ''
  const { data } = useQuery({
    ...backendClusterQueries.detail(gatewayId, id),
    enabled: id !== '',
  })
  return { destination, cluster: data?.id === id ? data : undefined }
}

/** What the form's rules read: whether a backend cluster allows anonymous virtual clusters, if known. */
export function anonymousAccessLookup(queryClient: QueryClient, gatewayId: string) {
  return (backendClusterId: string): boolean | undefined => {
    const cluster = queryClient.getQueryData(
      backendClusterQueries.detail(gatewayId, backendClusterId).queryKey,
    )
    // The flag's default is false when the API leaves it out.
    return cluster && (cluster.insecure_allow_anonymous_virtual_cluster_auth ?? false)
  }
}
