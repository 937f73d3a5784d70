// The metadata update interval; name and description follow the shared name rules.
import { issue } from './form-rule-issue'
import type { FormRuleIssue } from './form-rule-issue'

export const INTERVAL_MIN_SECONDS = 1
export const INTERVAL_MAX_SECONDS = 43200

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
