// Konnect builds resolve '@demo-runtime' here, so no mock code or data reaches the bundle.
import type { DemoRuntime } from './demo-runtime-type'

export const demoRuntime: DemoRuntime = {
  enabled: false,
  start: () => Promise.resolve(),
  reset: () => Promise.resolve(),
}
