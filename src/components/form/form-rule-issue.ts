// A problem found by a form rule. Each form lists its codes, so tests (the property tests in
// particular) can tell rules that mirror the spec from rules where the form is deliberately stricter.

/** One problem, addressed by form field path segments (`['labels', 2, 'key']`). */
export interface FormRuleIssue<Code extends string = string> {
  path: (string | number)[]
  message: string
  code: Code
}

export function issue<Code extends string>(
  path: FormRuleIssue['path'],
  code: Code,
  message: string,
): FormRuleIssue<Code> {
  return { path, code, message }
}
