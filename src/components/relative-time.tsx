import Tooltip from '@mui/material/Tooltip'

// Made on first use, not when the module loads: an Intl formatter loads locale data (tens of ms on
// a slow phone), and pages that show no time never pay for it.
let relativeFormat: Intl.RelativeTimeFormat | undefined
let exactFormat: Intl.DateTimeFormat | undefined
const relative = () =>
  (relativeFormat ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }))
const exact = () =>
  (exactFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }))

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** "3 days ago" for a timestamp, relative to `now`. */
export function describeRelativeTime(iso: string, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative().format(Math.round(seconds / size), unit)
  }
  return relative().format(0, 'second')
}

export function formatExactTime(iso: string): string {
  return exact().format(new Date(iso))
}

/** A relative time; the exact one on hover, and spoken after it for screen readers. */
export function RelativeTime({ iso }: { iso: string }) {
  const exactTime = formatExactTime(iso)
  return (
    <Tooltip title={exactTime} describeChild>
      <time dateTime={iso}>
        {describeRelativeTime(iso)}
        <span className="visually-hidden"> ({exactTime})</span>
      </time>
    </Tooltip>
  )
}
