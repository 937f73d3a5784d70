// Small rules for free-text fields that the spec only asks to be non-empty.
import { issue } from './form-rule-issue'
import type { FormRuleIssue, FormSchemaIssueCode } from './form-rule-issue'

/** '' is what the spec refuses; spaces only pass its minLength but name nothing (stricter). */
export function requiredTextIssues(
  path: FormRuleIssue['path'],
  value: string,
  code: FormSchemaIssueCode,
  message: string,
): FormRuleIssue[] {
  if (value === '') return [issue(path, code, message)]
  if (value.trim() === '') return [issue(path, 'text-blank', message)]
  return []
}

/** An optional value: empty is fine (left out of the body), spaces only are not. */
export function optionalTextIssues(path: FormRuleIssue['path'], value: string): FormRuleIssue[] {
  return value !== '' && value.trim() === ''
    ? [issue(path, 'text-blank', 'Leave it empty or enter a value')]
    : []
}

/** Go-style durations, as the gateway reads them: 500ms, 10s, 15m, 1h30m. */
const DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$|^0$/

export function durationIssues(path: FormRuleIssue['path'], value: string): FormRuleIssue[] {
  if (value.trim() === '') return optionalTextIssues(path, value)
  return DURATION.test(value.trim())
    ? []
    : [issue(path, 'duration-format', 'A duration such as 10s, 15m or 1h')]
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}
