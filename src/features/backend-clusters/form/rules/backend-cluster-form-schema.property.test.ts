// The form and the spec must agree on every body the form can produce: the form may be stricter only
// through its documented STRICTER_THAN_SPEC rules, and may never accept what the spec rejects.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { proseRuleProblems } from '../../../../mocks/backend-cluster-prose-rules'
import {
  validateCreateBackendCluster,
  validateUpdateBackendCluster,
} from '../../../../mocks/generated/request-validators.js'
import {
  createBackendClusterFormSchema,
  formIssueCode,
  STRICTER_THAN_SPEC,
} from './backend-cluster-form-schema'
import type { FormContext } from './backend-cluster-form-schema'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'
import { toCreateRequest, toUpdateRequest } from '../mapping/backend-cluster-request-mapper'
import { formValuesArbitrary } from './form-values-arbitrary.test-support'

const RUNS = 1500

/** What the spec says about the body as it travels: the generated validator plus the prose rules. */
function specProblems(mode: FormContext['mode'], values: BackendClusterFormValues): string[] {
  const body = mode === 'create' ? toCreateRequest(values) : toUpdateRequest(values)
  const wire: unknown = JSON.parse(JSON.stringify(body))
  const validate = mode === 'create' ? validateCreateBackendCluster : validateUpdateBackendCluster
  const schemaProblems = validate(wire)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`)
  const prose = proseRuleProblems(wire).map((problem) => `${problem.field}: ${problem.reason}`)
  return [...schemaProblems, ...prose]
}

/** Indexes of label rows that share their key with another non-blank row. */
function shadowedLabelRows(values: BackendClusterFormValues): Set<number> {
  const rows = values.labels.map((row, index) => ({ ...row, index }))
  const filled = rows.filter((row) => row.key !== '' || row.value !== '')
  return new Set(
    filled
      .filter((row) => filled.some((other) => other.index !== row.index && other.key === row.key))
      .map((row) => row.index),
  )
}

type Outcome = 'both accept' | 'both reject' | 'form stricter'

function compare(ctx: FormContext, values: BackendClusterFormValues): Outcome {
  const result = createBackendClusterFormSchema(ctx).safeParse(values)
  const spec = specProblems(ctx.mode, values)
  if (result.success) {
    expect(spec, 'the form accepts a body the spec rejects').toEqual([])
    return 'both accept'
  }
  if (spec.length > 0) return 'both reject'
  const shadowed = shadowedLabelRows(values)
  const notStricter = result.error.issues
    .filter((issue) => {
      const code = formIssueCode(issue)
      if (code !== undefined && STRICTER_THAN_SPEC.has(code)) return false
      // A row whose key repeats is collapsed in the body, so the spec never sees its problems;
      // the duplicate-key rule (stricter) already stops the form.
      return !(issue.path[0] === 'labels' && shadowed.has(Number(issue.path[1])))
    })
    .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  expect(
    notStricter,
    'the form rejects a body the spec accepts, beyond its stricter rules',
  ).toEqual([])
  return 'form stricter'
}

describe.each([
  { mode: 'create', mtlsSupported: true },
  { mode: 'create', mtlsSupported: false },
  { mode: 'edit', mtlsSupported: true },
  { mode: 'edit', mtlsSupported: false },
] satisfies FormContext[])('form schema vs spec ($mode, mTLS supported: $mtlsSupported)', (ctx) => {
  it('never accepts what the spec rejects, and rejects more only by its documented rules', () => {
    const seen = new Set<Outcome>()
    fc.assert(
      fc.property(formValuesArbitrary, (values) => {
        seen.add(compare(ctx, values))
      }),
      { numRuns: RUNS },
    )
    // Guards against a generator that only ever produces one kind of form.
    expect([...seen].sort()).toEqual(['both accept', 'both reject', 'form stricter'])
  })
})
