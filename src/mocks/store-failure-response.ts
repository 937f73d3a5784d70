// The answer to each way the store can refuse a change. Variable values in `detail` are in square
// brackets, as the spec asks.
import type { StoreFailure } from './store-result'
import {
  clusterNotFound,
  gatewayNotFound,
  problemResponse,
  virtualClusterNotFound,
} from './problem-response'
import { bracketedNames } from './virtual-cluster-references'

export interface RouteIds {
  gatewayId: string
  backendClusterId?: string
  virtualClusterId?: string
}

export function storeFailureResponse(failure: StoreFailure, ids: RouteIds): Response {
  switch (failure.kind) {
    case 'gateway_not_found':
      return gatewayNotFound(ids.gatewayId)
    case 'cluster_not_found':
      return clusterNotFound(ids.backendClusterId ?? '')
    case 'virtual_cluster_not_found':
      return virtualClusterNotFound(ids.virtualClusterId ?? '')
    case 'name_conflict':
      return problemResponse(
        409,
        `A backend cluster named [${failure.name}] already exists in this event gateway.`,
      )
    case 'password_required':
      return problemResponse(400, 'The request body is invalid.', [
        {
          field: 'authentication.password',
          rule: 'required',
          reason: 'is a required field: no password is stored for this backend cluster',
          source: 'body',
        },
      ])
    case 'invalid':
      return problemResponse(400, 'The request body is invalid.', failure.problems)
    case 'cluster_in_use':
      return problemResponse(409, clusterInUseDetail(failure.name, failure.usedBy))
    case 'virtual_cluster_name_conflict':
      return problemResponse(
        409,
        `A virtual cluster named [${failure.name}] already exists in this event gateway.`,
      )
    case 'dns_label_conflict':
      return problemResponse(
        409,
        `A virtual cluster with the DNS label [${failure.dnsLabel}] already exists in this event gateway.`,
      )
  }
}

/** e.g. `Backend cluster [orders] is the destination of virtual clusters [a], [b]. ...` */
export function clusterInUseDetail(name: string, usedBy: readonly string[]): string {
  const users = bracketedNames(usedBy.map((user) => ({ name: user })))
  const [noun, advice] =
    usedBy.length === 1
      ? ['virtual cluster', 'Delete it or change its destination first.']
      : ['virtual clusters', 'Delete them or change their destination first.']
  return `Backend cluster [${name}] is the destination of ${noun} ${users}. ${advice}`
}
