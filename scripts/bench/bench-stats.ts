/** Median of the samples (mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2
}

/** "PASS" at or under the target, "OVER" above it. */
export function verdict(value: number, targetMs: number): 'PASS' | 'OVER' {
  return value <= targetMs ? 'PASS' : 'OVER'
}

/** Whole milliseconds, right-aligned for a column of figures. */
export function formatMs(value: number, width = 5): string {
  return `${Math.round(value).toString().padStart(width)} ms`
}

/** The nearest-rank percentile (0 < p ≤ 100) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1] ?? 0
}
