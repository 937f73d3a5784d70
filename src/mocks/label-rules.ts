// The Labels schema's prose: "Keys must be of length 1-63 characters, and cannot start with "kong",
// "konnect", "mesh", "kic", or "_"." Shared by every resource that has labels.
import type { InvalidParameter } from '../api/api-types'

const RESERVED_LABEL_PREFIXES = ['kong', 'konnect', 'mesh', 'kic', '_']

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `is_label` problems for the keys of `labels` (anything but an object is left to the schema). */
export function labelKeyProblems(labels: unknown): InvalidParameter[] {
  if (!isRecord(labels)) return []
  const problems: InvalidParameter[] = []
  const source = 'body'
  for (const key of Object.keys(labels)) {
    const field = `labels.${key}`
    if (key.length < 1 || key.length > 63) {
      problems.push({
        field,
        rule: 'is_label',
        reason: 'label keys must have 1 to 63 characters',
        source,
      })
    }
    // The prefix check ignores case: stricter than the spec's wording, which does not say.
    const prefix = RESERVED_LABEL_PREFIXES.find((reserved) =>
      key.toLowerCase().startsWith(reserved),
    )
    if (prefix !== undefined) {
      const reason = `label keys must not start with "${prefix}" (reserved: ${RESERVED_LABEL_PREFIXES.join(', ')})`
      problems.push({ field, rule: 'is_label', reason, source })
    }
  }
  return problems
}
