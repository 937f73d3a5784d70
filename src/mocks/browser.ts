// The demo build's API: the same handlers in a service worker, with latency and a store that
// survives reloads (see demo-persistence.ts).
import { setupWorker } from 'msw/browser'
import { API_BASE_PATH, appConfig } from '../config/app-config'
import {
  clearSavedDemoData,
  createMemoryStorage,
  persistStore,
  readDemoLatency,
  type DemoStorage,
} from './demo-persistence'
import { createHandlers } from './handlers'
import { MockStore } from './mock-store'

let demoStore: MockStore | undefined

function demoStorage(): DemoStorage {
  try {
    return window.localStorage
  } catch {
    return createMemoryStorage()
  }
}

export async function startDemoWorker(): Promise<void> {
  const storage = demoStorage()
  const store = new MockStore()
  persistStore(store, storage)
  demoStore = store
  const worker = setupWorker(
    ...createHandlers({
      store,
      baseUrl: `${location.origin}${API_BASE_PATH}`,
      latencyMs: () => readDemoLatency(storage, appConfig.demoLatencyMs),
    }),
  )
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
  // Generating the large sample gateways costs a few hundred ms: do it while the browser is idle,
  // not when someone first opens one. (A request that comes first builds what it needs itself.)
  const warmUp = () => store.warmUp()
  // Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) window.requestIdleCallback(warmUp, { timeout: 2_000 })
  else setTimeout(warmUp, 200)
}

/** Drops the demo's changes: the seed comes back, in memory and after the next reload. */
export function resetDemoData(): void {
  clearSavedDemoData(demoStorage())
  demoStore?.reset()
}
