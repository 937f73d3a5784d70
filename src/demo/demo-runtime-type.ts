/** What the app needs from demo mode; both the demo and the Konnect build provide it. */
export interface DemoRuntime {
  enabled: boolean
  /** Starts the mock API before the first render. */
  start: () => Promise<void>
  /** Restores the seeded demo data. */
  reset: () => Promise<void>
}
