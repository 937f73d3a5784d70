// Label rows: the spec's value rules plus the key rules Konnect enforces in prose (length, reserved
// prefixes), and one key per row so the body's object cannot silently drop a row.
import { issue, type FormRuleIssue } from './form-rule-issue'
import { codePointLength } from './text-length'

export const MAX_LABELS = 50
export const LABEL_MAX_LENGTH = 63
export const RESERVED_LABEL_KEY_PREFIXES = ['kong', 'konnect', 'mesh', 'kic', '_'] as const
/** The spec's pattern for label values. */
export const LABEL_VALUE_PATTERN = /^[a-z0-9A-Z]{1}([a-z0-9A-Z-._]*[a-z0-9A-Z]+)?$/

/** One row of the labels editor, as typed. */
export interface LabelRow {
  key: string
  value: string
}

export const LABEL_ISSUE_CODES = [
  'label-key-required',
  'label-key-too-long',
  'label-key-reserved',
  'label-key-duplicate',
  'label-value-required',
  'label-value-too-long',
  'label-value-pattern',
  'labels-too-many',
] as const
export type LabelIssueCode = (typeof LABEL_ISSUE_CODES)[number]

/**
 * Rules Konnect applies beyond the schema (the key rules from its prose), and one the form adds: two
 * rows with one key, which the body's object would silently collapse.
 */
export const LABEL_RULES_STRICTER_THAN_SPEC: readonly LabelIssueCode[] = [
  'label-key-required',
  'label-key-too-long',
  'label-key-reserved',
  'label-key-duplicate',
]

export function isBlankLabelRow(row: LabelRow): boolean {
  return row.key === '' && row.value === ''
}

/**
 * The key rule from the spec's prose, as Konnect applies it. Length counts UTF-16 units and prefixes
 * ignore case: the stricter reading, so a key the form accepts is accepted under either reading.
 */
export function labelKeyProblem(key: string): string | null {
  if (key.length === 0) return 'Enter a key'
  if (key.length > LABEL_MAX_LENGTH) return `At most ${LABEL_MAX_LENGTH} characters`
  const lower = key.toLowerCase()
  const reserved = RESERVED_LABEL_KEY_PREFIXES.find((prefix) => lower.startsWith(prefix))
  return reserved === undefined ? null : `Keys can't start with "${reserved}"`
}

function keyIssue(key: string, index: number): FormRuleIssue<LabelIssueCode> | null {
  const problem = labelKeyProblem(key)
  if (problem === null) return null
  const code: LabelIssueCode =
    key.length === 0
      ? 'label-key-required'
      : key.length > LABEL_MAX_LENGTH
        ? 'label-key-too-long'
        : 'label-key-reserved'
  return issue(['labels', index, 'key'], code, problem)
}

function valueIssue(value: string, index: number): FormRuleIssue<LabelIssueCode> | null {
  const path = ['labels', index, 'value']
  if (value === '') return issue(path, 'label-value-required', 'Enter a value')
  if (codePointLength(value) > LABEL_MAX_LENGTH) {
    return issue(path, 'label-value-too-long', `At most ${LABEL_MAX_LENGTH} characters`)
  }
  if (!LABEL_VALUE_PATTERN.test(value)) {
    return issue(
      path,
      'label-value-pattern',
      'Use letters, digits, - . _; start and end with a letter or digit',
    )
  }
  return null
}

export function labelIssues(rows: readonly LabelRow[]): FormRuleIssue<LabelIssueCode>[] {
  const issues: FormRuleIssue<LabelIssueCode>[] = []
  const seen = new Set<string>()
  rows.forEach((row, index) => {
    if (isBlankLabelRow(row)) return
    const duplicate = seen.has(row.key)
    seen.add(row.key)
    const problem =
      keyIssue(row.key, index) ??
      (duplicate
        ? issue(['labels', index, 'key'], 'label-key-duplicate', `Duplicate key ${row.key}`)
        : null)
    if (problem) issues.push(problem)
    const valueProblem = valueIssue(row.value, index)
    if (valueProblem) issues.push(valueProblem)
  })
  // Counted as the body counts them: one property per distinct key.
  if (seen.size > MAX_LABELS) {
    issues.push(issue(['labels'], 'labels-too-many', `At most ${MAX_LABELS} labels`))
  }
  return issues
}
