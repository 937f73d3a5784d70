// The spec's `x-expression` fields with `fields: [vault]` (passwords, keys, certificates, usernames):
// a `${…}` value is an expression that may only read the vault. Anything else in `${…}` is refused,
// with the reason the console's forms give (src/api/secret-reference.ts is the one definition).
import type { InvalidParameter } from '../api/api-types'
import { secretExpressionProblem } from '../api/secret-reference'

/** Each value at `pattern` (dots, `[*]` for every item of a list), with its Konnect-style path. */
function valuesAt(data: unknown, pattern: string): { field: string; value: unknown }[] {
  const steps = pattern.split('.').flatMap((part) => {
    const [name = '', ...rest] = part.split('[*]')
    return [name, ...rest.map(() => '[*]')].filter((step) => step !== '')
  })
  let found: { field: string; value: unknown }[] = [{ field: '', value: data }]
  for (const step of steps) {
    found = found.flatMap(({ field, value }) => {
      if (step === '[*]') {
        return Array.isArray(value)
          ? value.map((item: unknown, index) => ({
              field: `${field}[${String(index)}]`,
              value: item,
            }))
          : []
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return []
      const child: unknown = Reflect.get(value, step)
      return [{ field: field === '' ? step : `${field}.${step}`, value: child }]
    })
  }
  return found
}

export function vaultExpressionProblems(
  data: unknown,
  patterns: readonly string[],
): InvalidParameter[] {
  return patterns.flatMap((pattern) =>
    valuesAt(data, pattern).flatMap(({ field, value }) => {
      const reason = typeof value === 'string' ? secretExpressionProblem(value) : undefined
      return reason === undefined ? [] : [{ field, rule: 'invalid', reason, source: 'body' }]
    }),
  )
}

/** Backend cluster fields that take a literal or a vault reference. */
export const BACKEND_CLUSTER_EXPRESSION_FIELDS = [
  'authentication.username',
  'authentication.password',
  'tls.ca_bundle',
  'tls.client_identity.certificate',
  'tls.client_identity.key',
] as const

/** Virtual cluster fields that take a literal or a vault reference. */
export const VIRTUAL_CLUSTER_EXPRESSION_FIELDS = [
  'authentication[*].principals[*].username',
  'authentication[*].principals[*].password',
] as const
