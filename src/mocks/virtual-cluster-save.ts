// Everything the store checks before it writes a created or replaced virtual cluster: the body's
// problems it alone can see (400), then unique name and DNS label in the gateway (409).
import type { BackendCluster, InvalidParameter, VirtualCluster } from '../api/api-types'
import type { SortedCollection } from './sorted-collection'
import type { StoreResult } from './store-result'
import {
  buildStoredVirtualCluster,
  type IncomingVirtualClusterBody,
} from './virtual-cluster-record'
import {
  anonymousAccessProblems,
  missingDestinationProblem,
  resolveDestination,
} from './virtual-cluster-references'

export interface GatewayCollections {
  readonly backendClusters: SortedCollection<BackendCluster>
  readonly virtualClusters: SortedCollection<VirtualCluster>
}

/** The virtual cluster to store (plaintext passwords included), or why not. */
export function prepareVirtualClusterSave(
  { backendClusters, virtualClusters }: GatewayCollections,
  body: IncomingVirtualClusterBody,
  meta: { id: string; createdAt: string; updatedAt: string },
  previous?: VirtualCluster,
): StoreResult<VirtualCluster> {
  const destination = resolveDestination(body.destination, backendClusters)
  const problems = destination
    ? anonymousAccessProblems(body, destination)
    : [missingDestinationProblem(body.destination)]
  const built = buildStoredVirtualCluster(body, destination ?? { id: '', name: '' }, meta, previous)
  if (!built.ok) problems.push(...built.missing.map(passwordRequired))
  if (!built.ok || problems.length > 0) return { ok: false, kind: 'invalid', problems }

  const namesake = virtualClusters.findByName(body.name)
  if (namesake && namesake.id !== meta.id) {
    return { ok: false, kind: 'virtual_cluster_name_conflict', name: body.name }
  }
  const sameLabel = virtualClusters.values(
    (other) => other.dns_label === body.dns_label && other.id !== meta.id,
  )
  if (sameLabel.length > 0) {
    return { ok: false, kind: 'dns_label_conflict', dnsLabel: body.dns_label }
  }
  return { ok: true, value: built.virtualCluster }
}

function passwordRequired(field: string): InvalidParameter {
  return {
    field,
    rule: 'required',
    reason: 'is a required field: no password is stored for this principal',
    source: 'body',
  }
}
