// Demo builds resolve '@demo-runtime' here: the API is answered in the browser by the mock service worker.
// The mock (store, seed, validators) loads as its own chunk, in parallel with nothing else to wait for.
import type { DemoRuntime } from './demo-runtime-type'

const mock = () => import('../mocks/browser')

export const demoRuntime: DemoRuntime = {
  enabled: true,
  start: async () => {
    const { startDemoWorker } = await mock()
    await startDemoWorker()
  },
  reset: async () => {
    const { resetDemoData } = await mock()
    resetDemoData()
  },
}
