import { describe, expect, it } from 'vitest'
import { describeRelativeTime, formatDate, formatExactTime, RELATIVE_UNITS } from './time-format'

// The hand-written words must read exactly as en-US Intl would word them.
const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' })
const exact = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' })
const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' })
const sameSpaces = (text: string) => text.replace(/\s/g, ' ')

const NOW = new Date('2026-12-07T12:00:00.000Z')
const SECOND = 1000
const OFFSETS = [
  0, 20, 59, 60, 61, 90, 3599, 3600, 5400, 7200, 86_399, 86_400, 129_600, 172_800, 604_800,
]
  .flatMap((seconds) => [seconds, seconds * 7, seconds * 31, seconds * 400])
  .flatMap((seconds) => [seconds, -seconds])

function intlWords(offset: number): string {
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(offset) >= size) return relative.format(Math.round(offset / size), unit)
  }
  return relative.format(0, 'second')
}

describe('describeRelativeTime', () => {
  it('words a moment as en-US Intl does, past and future, in every unit', () => {
    for (const offset of OFFSETS) {
      const iso = new Date(NOW.getTime() + offset * SECOND).toISOString()
      expect(describeRelativeTime(iso, NOW), `${String(offset)} s`).toBe(intlWords(offset))
    }
  })

  it('uses the one-away words and plurals', () => {
    const at = (seconds: number) => new Date(NOW.getTime() + seconds * SECOND).toISOString()
    expect(describeRelativeTime(at(-86_400), NOW)).toBe('yesterday')
    expect(describeRelativeTime(at(2 * 86_400), NOW)).toBe('in 2 days')
    expect(describeRelativeTime(at(-3600), NOW)).toBe('1 hour ago')
    expect(describeRelativeTime(at(-400 * 86_400), NOW)).toBe('last year')
    expect(describeRelativeTime(at(-10), NOW)).toBe('now')
  })
})

describe('formatExactTime', () => {
  it('formats as en-US Intl does (medium date and time), in the local time zone', () => {
    const moments = [
      '2025-08-30T09:15:42.007Z',
      '2026-01-01T00:00:00.000Z',
      '2026-06-15T12:00:00.000Z',
      '2026-12-31T23:59:59.999Z',
      '2024-02-29T11:59:09.000Z',
      '2026-03-08T13:05:00.000Z',
    ]
    for (const iso of moments) {
      expect(formatExactTime(iso), iso).toBe(sameSpaces(exact.format(new Date(iso))))
    }
    for (let hour = 0; hour < 24; hour++) {
      const local = new Date(2026, 4, 17, hour, 7, 3)
      expect(formatExactTime(local.toISOString())).toBe(sameSpaces(exact.format(local)))
    }
  })
})

describe('formatDate', () => {
  it('formats as en-US Intl does (medium date), in every month', () => {
    for (let month = 0; month < 12; month++) {
      for (const date of [new Date(2026, month, 1), new Date(1999, month, 28, 23, 59)]) {
        expect(formatDate(date)).toBe(day.format(date))
      }
    }
  })
})
