// Rules between virtual clusters and the backend clusters they route to. The spec is silent on
// them; each is the mock's choice, documented in src/mocks/README.md.
import type {
  BackendCluster,
  BackendClusterReferenceModify,
  InvalidParameter,
  VirtualCluster,
} from '../api/api-types'
import type { SortedCollection } from './sorted-collection'
import { allowsAnonymous } from './virtual-cluster-record'

/**
 * The backend cluster a request's `destination` names in this gateway: by `id` when it has one
 * (the relationship is by id; a `name` beside it is not compared), else by exact name.
 */
export function resolveDestination(
  destination: BackendClusterReferenceModify,
  clusters: SortedCollection<BackendCluster>,
): BackendCluster | undefined {
  return 'id' in destination ? clusters.get(destination.id) : clusters.findByName(destination.name)
}

export function missingDestinationProblem(
  destination: BackendClusterReferenceModify,
): InvalidParameter {
  const named = 'id' in destination ? `id [${destination.id}]` : `name [${destination.name}]`
  return {
    field: 'destination',
    rule: 'missing_reference',
    reason: `no backend cluster with ${named} exists in this event gateway`,
    source: 'body',
  }
}

/** Anonymous authentication needs the destination's `insecure_allow_anonymous_virtual_cluster_auth`. */
export function anonymousAccessProblems(
  virtualCluster: Pick<VirtualCluster, 'authentication'>,
  destination: BackendCluster,
): InvalidParameter[] {
  if (
    !allowsAnonymous(virtualCluster) ||
    destination.insecure_allow_anonymous_virtual_cluster_auth
  ) {
    return []
  }
  return [
    {
      field: 'authentication',
      rule: 'invalid',
      reason: `anonymous authentication needs a backend cluster that allows it; [${destination.name}] has insecure_allow_anonymous_virtual_cluster_auth off`,
      source: 'body',
    },
  ]
}

/** The virtual clusters routed to the backend cluster, in name order. */
export function virtualClustersUsing(
  backendClusterId: string,
  virtualClusters: SortedCollection<VirtualCluster>,
): VirtualCluster[] {
  return virtualClusters.values(
    (virtualCluster) => virtualCluster.destination.id === backendClusterId,
  )
}

/** A backend cluster keeps allowing anonymous access while anonymous virtual clusters use it. */
export function anonymousFlagProblems(
  cluster: BackendCluster,
  users: readonly VirtualCluster[],
): InvalidParameter[] {
  if (cluster.insecure_allow_anonymous_virtual_cluster_auth) return []
  const anonymous = users.filter(allowsAnonymous)
  if (anonymous.length === 0) return []
  return [
    {
      field: 'insecure_allow_anonymous_virtual_cluster_auth',
      rule: 'invalid',
      reason: `must stay true while virtual clusters with anonymous authentication use this backend cluster: ${bracketedNames(anonymous)}`,
      source: 'body',
    },
  ]
}

/** `[a], [b]`: variable values in square brackets, as the spec asks of messages. */
export function bracketedNames(items: readonly { name: string }[]): string {
  return items.map((item) => `[${item.name}]`).join(', ')
}
