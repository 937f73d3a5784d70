// The form and the spec must agree on every body the form can produce: the form may be stricter only
// through its documented STRICTER_THAN_SPEC rules, and may never accept what the spec rejects. "The
// spec" is the generated validator, the rules its prose states and its x-min-runtime-version marks,
// as the mock API applies them.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkVirtualClusterBody } from '../../../../mocks/validate-virtual-cluster-body'
import { virtualClusterRuntimeProblems } from '../../../../mocks/virtual-cluster-prose-rules'
import { toRequestBody } from '../mapping/virtual-cluster-request-mapper'
import type { VirtualClusterFormValues } from '../virtual-cluster-form-values'
import { runtimeSupport } from '../virtual-cluster-runtime'
import { DESTINATION, formValuesArbitrary, REFERENCE } from './form-values-arbitrary.test-support'
import {
  createVirtualClusterFormSchema,
  formIssueCode,
  STRICTER_THAN_SPEC,
  type FormContext,
} from './virtual-cluster-form-schema'

const RUNS = 1500

function specProblems(ctx: FormContext, values: VirtualClusterFormValues): string[] {
  const wire: unknown = JSON.parse(JSON.stringify(toRequestBody(ctx.mode, values)))
  const checked = checkVirtualClusterBody(ctx.mode === 'create' ? 'create' : 'replace', wire)
  if (!checked.ok) return checked.problems.map((problem) => `${problem.field}: ${problem.reason}`)
  return virtualClusterRuntimeProblems(checked.body, ctx.runtime.version).map(
    (problem) => `${problem.field}: ${problem.reason}`,
  )
}

/** Indexes of label rows that share their key with another non-blank row (collapsed in the body). */
function shadowedLabelRows(values: VirtualClusterFormValues): Set<number> {
  const rows = values.labels.map((row, index) => ({ ...row, index }))
  const filled = rows.filter((row) => row.key !== '' || row.value !== '')
  return new Set(
    filled
      .filter((row) => filled.some((other) => other.index !== row.index && other.key === row.key))
      .map((row) => row.index),
  )
}

type Outcome = 'both accept' | 'both reject' | 'form stricter'

function compare(ctx: FormContext, values: VirtualClusterFormValues): Outcome {
  const result = createVirtualClusterFormSchema(ctx).safeParse(values)
  const spec = specProblems(ctx, values)
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
      return !(issue.path[0] === 'labels' && shadowed.has(Number(issue.path[1])))
    })
    .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  expect(
    notStricter,
    'the form rejects a body the spec accepts, beyond its stricter rules',
  ).toEqual([])
  return 'form stricter'
}

const CONTEXTS: (FormContext & { title: string })[] = [
  { title: 'create on 1.2', mode: 'create', runtime: runtimeSupport('1.2') },
  {
    title: 'create on 1.0, anonymous refused',
    mode: 'create',
    runtime: runtimeSupport('1.0'),
    anonymousAllowed: () => false,
  },
  {
    title: 'edit on 1.1, passwords stored for svc',
    mode: 'edit',
    runtime: runtimeSupport('1.1'),
    anonymousAllowed: (id) => id === DESTINATION.id,
    storedPrincipals: [['svc', REFERENCE], ['alice']],
  },
  { title: 'edit on 1.2, nothing stored', mode: 'edit', runtime: runtimeSupport('1.2') },
]

describe.each(CONTEXTS)('virtual cluster form schema vs spec ($title)', (ctx) => {
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
