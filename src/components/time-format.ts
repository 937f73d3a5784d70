// Worded by hand, in the console's English, instead of with Intl: a page's first Intl formatter
// loads the locale's data, 25-60 ms on this project's test machine (four times that with a phone's
// CPU), which the list, detail and TLS pages would pay as they draw. The words and format are
// en-US's, as Intl.RelativeTimeFormat (numeric: 'auto') and Intl.DateTimeFormat (medium dates and times) give them.

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute'

/** The largest unit a moment is at least one of away, in seconds, as "3 days ago" picks it. */
export const RELATIVE_UNITS: readonly (readonly [Unit, number])[] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** The one-away words numeric: 'auto' uses; hours and minutes have none. */
const ADJACENT: Partial<Record<Unit, [past: string, future: string]>> = {
  year: ['last year', 'next year'],
  month: ['last month', 'next month'],
  week: ['last week', 'next week'],
  day: ['yesterday', 'tomorrow'],
}

function phrase(count: number, unit: Unit): string {
  const adjacent = ADJACENT[unit]
  if (adjacent && Math.abs(count) === 1) return count < 0 ? adjacent[0] : adjacent[1]
  const size = Math.abs(count)
  const amount = `${String(size)} ${unit}${size === 1 ? '' : 's'}`
  return count < 0 ? `${amount} ago` : `in ${amount}`
}

/** "3 days ago" for a timestamp, relative to `now`. */
export function describeRelativeTime(iso: string, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return phrase(Math.round(seconds / size), unit)
  }
  return 'now'
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const twoDigits = (value: number) => String(value).padStart(2, '0')

/** "Aug 30, 2025", in the browser's time zone. */
export function formatDate(date: Date): string {
  return `${MONTHS[date.getMonth()] ?? ''} ${String(date.getDate())}, ${String(date.getFullYear())}`
}

/** "Aug 30, 2025, 9:15:42 AM", in the browser's time zone. */
export function formatExactTime(iso: string): string {
  const time = new Date(iso)
  const hours = time.getHours()
  const clock = `${String(hours % 12 || 12)}:${twoDigits(time.getMinutes())}:${twoDigits(time.getSeconds())}`
  return `${formatDate(time)}, ${clock} ${hours < 12 ? 'AM' : 'PM'}`
}
