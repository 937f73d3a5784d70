// From Event Timing entries to bench:typing's figures: one duration per interaction, then
// percentiles over every keystroke typed.
import type { EventTimingRecord } from './event-timing-probe'

/**
 * One duration per interaction — the longest of its events (keydown, keypress, keyup…), as the
 * browser's INP does — in the order the interactions started.
 */
export function interactionDurations(records: readonly EventTimingRecord[]): number[] {
  const byInteraction = new Map<number, { start: number; duration: number }>()
  for (const record of records) {
    if (record.interactionId === 0) continue
    const seen = byInteraction.get(record.interactionId)
    byInteraction.set(record.interactionId, {
      start: Math.min(seen?.start ?? record.startTime, record.startTime),
      duration: Math.max(seen?.duration ?? 0, record.duration),
    })
  }
  return [...byInteraction.values()]
    .sort((a, b) => a.start - b.start)
    .map((interaction) => interaction.duration)
}

/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  if (p <= 0 || p > 100) throw new Error(`percentile ${String(p)} is not in (0, 100]`)
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[rank - 1] ?? Number.NaN
}

export interface TypingFigures {
  keystrokes: number
  /** Interactions the observer reported, i.e. at or over the threshold. */
  observed: number
  /** 0 stands for "under the threshold": a keystroke the observer did not report. */
  p50: number
  p95: number
  max: number
}

/**
 * Percentiles over every keystroke: a keystroke with no entry was faster than the observer's
 * threshold, so it counts as a sample below every reported one, not as a missing sample.
 */
export function typingFigures(durations: readonly number[], keystrokes: number): TypingFigures {
  if (durations.length > keystrokes) {
    throw new Error(
      `${String(durations.length)} interactions for ${String(keystrokes)} keystrokes: something else was interacted with`,
    )
  }
  const samples = [...durations, ...Array<number>(keystrokes - durations.length).fill(0)]
  return {
    keystrokes,
    observed: durations.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
  }
}

/** Whole milliseconds, or "< 16 ms" for a keystroke under the threshold. */
export function formatDuration(value: number, thresholdMs: number): string {
  return value < thresholdMs ? `< ${String(thresholdMs)} ms` : `${String(Math.round(value))} ms`
}
