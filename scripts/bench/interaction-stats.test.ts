import { describe, expect, it } from 'vitest'
import type { EventTimingRecord } from './event-timing-probe'
import {
  formatDuration,
  interactionDurations,
  percentile,
  typingFigures,
} from './interaction-stats'

const entry = (
  name: string,
  interactionId: number,
  startTime: number,
  duration: number,
): EventTimingRecord => ({ name, interactionId, startTime, duration })

describe('interaction stats', () => {
  it('takes the longest event of each interaction, in the order interactions started', () => {
    const records = [
      entry('keyup', 2, 160, 24),
      entry('keydown', 1, 0, 48),
      entry('keypress', 1, 1, 40),
      entry('keyup', 1, 50, 16),
      entry('keydown', 2, 150, 64),
      // Not part of an interaction (e.g. a pointermove).
      entry('pointermove', 0, 10, 200),
    ]
    expect(interactionDurations(records)).toEqual([48, 64])
  })

  it('uses nearest-rank percentiles', () => {
    const samples = Array.from({ length: 40 }, (_, index) => index + 1)
    expect(percentile(samples, 50)).toBe(20)
    expect(percentile(samples, 95)).toBe(38)
    expect(percentile(samples, 100)).toBe(40)
    expect(percentile([7], 95)).toBe(7)
    expect(() => percentile([], 50)).toThrow()
    expect(() => percentile([1], 0)).toThrow()
  })

  it('counts keystrokes the observer did not report as faster than every reported one', () => {
    // 40 keystrokes, 4 reported: the median keystroke was under the threshold.
    const figures = typingFigures([24, 32, 48, 152], 40)
    expect(figures).toEqual({ keystrokes: 40, observed: 4, p50: 0, p95: 32, max: 152 })
    expect(formatDuration(figures.p50, 16)).toBe('< 16 ms')
    expect(formatDuration(figures.p95, 16)).toBe('32 ms')
  })

  it('refuses more interactions than keystrokes', () => {
    expect(() => typingFigures([16, 16, 16], 2)).toThrow(/3 interactions for 2 keystrokes/)
  })
})
