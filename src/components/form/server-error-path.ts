// Reading Konnect's `invalid_parameters[].field` paths, for forms that place each error on its field.
import type { InvalidParameter } from '../../api/api-types'
import type { LabelRow } from './label-rules'

/** "bootstrap_servers[1]" and "authentication.1" both become [..., "1"]; quoted keys are unquoted. */
export function segmentsOf(field: string): string[] {
  return field
    .replace(/\[(?:'([^']*)'|"([^"]*)"|([^\]]*))\]/g, (_, single, double, bare) => {
      const inner = (single ?? double ?? bare ?? '') as string
      return `.${inner}`
    })
    .split('.')
    .filter((segment) => segment !== '')
}

/**
 * The labels-editor field a `labels…` error belongs to: the row whose key the path (or, for a bare
 * "labels", the reason) names, its key or value; the whole editor when no row matches.
 */
export function labelErrorPath(
  segments: readonly string[],
  param: InvalidParameter,
  rows: readonly LabelRow[],
): 'labels' | `labels.${number}.key` | `labels.${number}.value` {
  const key = segments.slice(1).join('.')
  // A bare "labels" error can still name its key in the reason ("key 'kong-x' is reserved").
  const words = param.reason.split(/[^A-Za-z0-9._-]+/)
  const index = rows.findIndex((row) =>
    key === '' ? row.key !== '' && words.includes(row.key) : row.key === key,
  )
  if (index === -1) return 'labels'
  const aboutKey = param.rule === 'is_label' || /\bkey\b/i.test(param.reason)
  return aboutKey ? `labels.${index}.key` : `labels.${index}.value`
}
