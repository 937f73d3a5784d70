// How many calls to Konnect may be under way at once, and how many may wait for a connection.
// Waiting counts against KONNECT_TIMEOUT_MS like everything else; a caller that finds the queue
// full is told to come back (503 with Retry-After) rather than left waiting for nothing.

export interface UpstreamLimits {
  /** Connections to Konnect at once. */
  connections: number
  /** Calls that may wait for a connection beyond those. */
  queued: number
}

export const DEFAULT_UPSTREAM_LIMITS: UpstreamLimits = { connections: 128, queued: 512 }

/** Seconds a caller is asked to wait before trying again when the queue is full. */
export const QUEUE_FULL_RETRY_AFTER_SECONDS = 2

export class UpstreamLimiter {
  private pending = 0

  constructor(private readonly limits: UpstreamLimits) {}

  /** A release function (safe to call more than once) or null when the queue is full. */
  tryAcquire(): (() => void) | null {
    if (this.pending >= this.limits.connections + this.limits.queued) return null
    this.pending += 1
    let released = false
    return () => {
      if (released) return
      released = true
      this.pending -= 1
    }
  }
}
