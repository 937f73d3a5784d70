// Names and descriptions: backend and virtual clusters share the spec's rules for both.
import { issue, type FormRuleIssue } from './form-rule-issue'
import { codePointLength } from './text-length'

/** The spec's name pattern (x-unicode-pattern of BackendClusterName and VirtualClusterName). */
export const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} _\-.:/+']*[\p{L}\p{N}]$/u
export const NAME_MAX_LENGTH = 255
export const DESCRIPTION_MAX_LENGTH = 512

export const NAME_ISSUE_CODES = [
  'name-required',
  'name-too-short',
  'name-too-long',
  'name-pattern',
  'description-too-long',
] as const
export type NameIssueCode = (typeof NAME_ISSUE_CODES)[number]

export const NAME_HINT = "Letters, digits, spaces and _ - . : / + '"

export function nameIssues(rawName: string): FormRuleIssue<NameIssueCode>[] {
  const name = rawName.trim()
  const length = codePointLength(name)
  if (length === 0) return [issue(['name'], 'name-required', 'Enter a name')]
  if (length > NAME_MAX_LENGTH) {
    return [issue(['name'], 'name-too-long', `At most ${NAME_MAX_LENGTH} characters`)]
  }
  if (length === 1) return [issue(['name'], 'name-too-short', 'Use at least 2 characters')]
  if (!NAME_PATTERN.test(name)) {
    return [
      issue(
        ['name'],
        'name-pattern',
        "Use letters, digits, spaces and _ - . : / + '; start and end with a letter or digit",
      ),
    ]
  }
  return []
}

export function descriptionIssues(description: string): FormRuleIssue<NameIssueCode>[] {
  return codePointLength(description) > DESCRIPTION_MAX_LENGTH
    ? [
        issue(
          ['description'],
          'description-too-long',
          `At most ${DESCRIPTION_MAX_LENGTH} characters`,
        ),
      ]
    : []
}
