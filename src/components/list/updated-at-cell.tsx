import { describeRelativeTime, formatExactTime } from '../time-format'

/**
 * "3 days ago" with the exact moment on hover and for screen readers, worded as RelativeTime in
 * components/ but with a native title instead of an MUI tooltip: one per row, on every row.
 */
export function UpdatedAtCell({ iso }: { iso: string }) {
  const exact = formatExactTime(iso)
  return (
    <time dateTime={iso} title={exact}>
      {describeRelativeTime(iso)}
      <span className="visually-hidden"> ({exact})</span>
    </time>
  )
}
