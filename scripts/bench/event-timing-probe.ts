// Runs in the page before the app (Playwright addInitScript): records every Event Timing entry
// that belongs to an interaction (interactionId ≠ 0) at the API's lowest threshold, 16 ms, into
// window[EVENT_TIMING_KEY], for bench:typing to read back.

export const EVENT_TIMING_KEY = '__benchEventTiming'

/** The lowest durationThreshold the Event Timing API accepts; shorter events are not reported. */
export const DURATION_THRESHOLD_MS = 16

/** One entry as recorded; `duration` is rounded by the browser to 8 ms. */
export interface EventTimingRecord {
  name: string
  interactionId: number
  startTime: number
  duration: number
}

/**
 * Serialised into the page, so no named inner functions: tsx (esbuild keepNames) would wrap them
 * in a `__name` helper that only exists in Node.
 */
export function installEventTimingProbe({
  key,
  threshold,
}: {
  key: string
  threshold: number
}): void {
  const records: EventTimingRecord[] = []
  Reflect.set(window, key, records)
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // TypeScript's DOM library does not know interactionId yet.
      const interactionId: unknown = Reflect.get(entry, 'interactionId')
      if (typeof interactionId !== 'number' || interactionId === 0) continue
      records.push({
        name: entry.name,
        interactionId,
        startTime: entry.startTime,
        duration: entry.duration,
      })
    }
  })
  // Nor durationThreshold.
  const init: PerformanceObserverInit & { durationThreshold: number } = {
    type: 'event',
    buffered: true,
    durationThreshold: threshold,
  }
  observer.observe(init)
}

/** In the page: what the probe recorded so far, and the browser's own interaction count if it has one. */
export function readEventTiming(key: string): {
  records: EventTimingRecord[]
  interactionCount: number | undefined
} {
  const records: unknown = Reflect.get(window, key)
  const count: unknown = Reflect.get(performance, 'interactionCount')
  return {
    records: Array.isArray(records) ? (records as EventTimingRecord[]) : [],
    interactionCount: typeof count === 'number' ? count : undefined,
  }
}
