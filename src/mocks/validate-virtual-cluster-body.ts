// A virtual cluster create/replace body checked against the spec and its prose rules.
import { checkRequestBody, type BodyCheck } from './check-request-body'
import {
  validateCreateVirtualCluster,
  validateUpdateVirtualCluster,
} from './generated/request-validators.js'
import {
  VIRTUAL_CLUSTER_BODY_SHAPE,
  virtualClusterProseProblems,
} from './virtual-cluster-prose-rules'
import type { IncomingVirtualClusterBody } from './virtual-cluster-record'

export function checkVirtualClusterBody(
  mode: 'create' | 'replace',
  data: unknown,
): BodyCheck<IncomingVirtualClusterBody> {
  const validate = mode === 'create' ? validateCreateVirtualCluster : validateUpdateVirtualCluster
  return checkRequestBody<IncomingVirtualClusterBody>(
    { validate, shape: VIRTUAL_CLUSTER_BODY_SHAPE, prose: virtualClusterProseProblems },
    data,
  )
}
