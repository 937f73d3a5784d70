// A backend cluster create/replace body checked against the spec and its prose rules.
import { BACKEND_CLUSTER_BODY_SHAPE, proseRuleProblems } from './backend-cluster-prose-rules'
import type { IncomingClusterBody } from './backend-cluster-record'
import { checkRequestBody, type BodyCheck } from './check-request-body'
import {
  validateCreateBackendCluster,
  validateUpdateBackendCluster,
} from './generated/request-validators.js'

export function checkBackendClusterBody(
  mode: 'create' | 'replace',
  data: unknown,
): BodyCheck<IncomingClusterBody> {
  const validate = mode === 'create' ? validateCreateBackendCluster : validateUpdateBackendCluster
  return checkRequestBody<IncomingClusterBody>(
    { validate, shape: BACKEND_CLUSTER_BODY_SHAPE, prose: proseRuleProblems },
    data,
  )
}
