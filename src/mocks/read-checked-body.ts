// A create/replace body read the way Konnect reads it: JSON, then the spec's schema and prose
// rules, then what the gateway's runtime version allows; any problem is one 400 answer.
import type { InvalidParameter } from '../api/api-types'
import type { BodyCheck } from './check-request-body'
import { problemResponse } from './problem-response'
import { readJsonBody } from './read-json-body'

export type CheckedBody<T> = { ok: true; body: T } | { ok: false; response: Response }

export async function readCheckedBody<T>(
  request: Request,
  check: (data: unknown) => BodyCheck<T>,
  runtimeProblems: (body: T) => InvalidParameter[],
): Promise<CheckedBody<T>> {
  const json = await readJsonBody(request)
  if (!json.ok) {
    const problem: InvalidParameter = {
      field: 'body',
      rule: 'invalid',
      reason: 'must be valid JSON',
      source: 'body',
    }
    return {
      ok: false,
      response: problemResponse(400, 'The request body is not valid JSON.', [problem]),
    }
  }
  const checked = check(json.value)
  const problems = checked.ok ? runtimeProblems(checked.body) : checked.problems
  if (!checked.ok || problems.length > 0) {
    return { ok: false, response: problemResponse(400, 'The request body is invalid.', problems) }
  }
  return checked
}
