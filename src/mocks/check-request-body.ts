// Validates a create/replace body the way Konnect does: the spec's JSON Schema (a generated ajv
// validator) plus the resource's prose rules, one `invalid_parameters` entry per problem.
import type { InvalidParameter } from '../api/api-types'
import { toInvalidParameters } from './ajv-invalid-parameter'
import type { Shape } from './body-shape'
import type { GeneratedValidator } from './generated/request-validators.js'

export type BodyCheck<T> = { ok: true; body: T } | { ok: false; problems: InvalidParameter[] }

export interface BodyRules<T> {
  validate: GeneratedValidator<T>
  /** The body's shape, for the choices of its unions. */
  shape: Shape
  /** Checks on the raw body that the schema cannot express. */
  prose: (data: unknown) => InvalidParameter[]
}

export function checkRequestBody<T>(rules: BodyRules<T>, data: unknown): BodyCheck<T> {
  const valid = rules.validate(data)
  const problems = uniqueProblems([
    ...toInvalidParameters(rules.validate.errors ?? [], data, rules.shape),
    ...rules.prose(data),
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
