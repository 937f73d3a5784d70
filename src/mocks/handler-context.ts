import type { MockStore } from './mock-store'

/** What every handler group gets from createHandlers. */
export interface HandlerContext {
  store: MockStore
  /** Resolves after the configured latency. */
  wait: () => Promise<void>
}
