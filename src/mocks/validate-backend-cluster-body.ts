// Validates a create/replace body the way Konnect does: the spec's JSON Schema (generated ajv
// validators) plus its prose rules, one `invalid_parameters` entry per problem.
import type { InvalidParameter } from '../api/api-types'
import { toInvalidParameter } from './ajv-invalid-parameter'
import { proseRuleProblems } from './backend-cluster-prose-rules'
import type { IncomingClusterBody } from './backend-cluster-record'
import {
  type GeneratedValidator,
  validateCreateBackendCluster,
  validateUpdateBackendCluster,
} from './generated/request-validators.js'

export type BodyCheck =
  { ok: true; body: IncomingClusterBody } | { ok: false; problems: InvalidParameter[] }

export function checkBackendClusterBody(mode: 'create' | 'replace', data: unknown): BodyCheck {
  const validate: GeneratedValidator<IncomingClusterBody> =
    mode === 'create' ? validateCreateBackendCluster : validateUpdateBackendCluster
  const valid = validate(data)
  const problems = uniqueProblems([
    ...(validate.errors ?? []).map((error) => toInvalidParameter(error, data)),
    ...proseRuleProblems(data),
  ])
  if (valid && problems.length === 0) return { ok: true, body: data }
  return { ok: false, problems }
}

/** ajv may report the same problem twice (e.g. through both branches it tried); keep one. */
export function uniqueProblems(problems: readonly InvalidParameter[]): InvalidParameter[] {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.field, problem.rule, problem.reason])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
