// Rules for the plain fields: name, description and the metadata update interval.
import { codePointLength } from './text-length'
import { issue } from './form-rule-issue'
import type { FormRuleIssue } from './form-rule-issue'

/** The spec's BackendClusterName pattern (x-unicode-pattern), which needs the `u` flag. */
export const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} _\-.:/+']*[\p{L}\p{N}]$/u
export const NAME_MAX_LENGTH = 255
export const DESCRIPTION_MAX_LENGTH = 512
export const INTERVAL_MIN_SECONDS = 1
export const INTERVAL_MAX_SECONDS = 43200

export function nameIssues(rawName: string): FormRuleIssue[] {
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

export function descriptionIssues(description: string): FormRuleIssue[] {
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

/**
 * The interval as the request carries it: undefined for '' (the API default), a number for whole
 * seconds, and NaN for anything else, which no valid body contains (the schema reports it first).
 */
export function parseIntervalSeconds(typed: string): number | undefined {
  const text = typed.trim()
  if (text === '') return undefined
  return /^\d+$/.test(text) ? Number(text) : Number.NaN
}

export function intervalIssues(typed: string): FormRuleIssue[] {
  const seconds = parseIntervalSeconds(typed)
  if (seconds === undefined) return []
  const inRange =
    Number.isInteger(seconds) && seconds >= INTERVAL_MIN_SECONDS && seconds <= INTERVAL_MAX_SECONDS
  return inRange
    ? []
    : [
        issue(
          ['metadataUpdateIntervalSeconds'],
          'interval-range',
          `Whole seconds from ${INTERVAL_MIN_SECONDS} to ${INTERVAL_MAX_SECONDS}`,
        ),
      ]
}
