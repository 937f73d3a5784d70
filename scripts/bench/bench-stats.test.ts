import { describe, expect, it } from 'vitest'
import { formatMs, median, percentile, verdict } from './bench-stats'

describe('bench stats', () => {
  it('takes the middle sample, or the mean of the middle two', () => {
    expect(median([300, 100, 200])).toBe(200)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => median([])).toThrow()
  })

  it('passes at the target and is over above it', () => {
    expect(verdict(300, 300)).toBe('PASS')
    expect(verdict(300.4, 300)).toBe('OVER')
  })

  it('rounds to whole milliseconds in a fixed-width column', () => {
    expect(formatMs(87.6)).toBe('   88 ms')
  })

  it('takes the nearest-rank percentile', () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index)
    expect(percentile(samples, 50)).toBe(50)
    expect(percentile(samples, 99)).toBe(99)
    expect(percentile(samples, 100)).toBe(100)
    expect(percentile([7], 1)).toBe(7)
    expect(() => percentile([], 50)).toThrow()
  })
})
