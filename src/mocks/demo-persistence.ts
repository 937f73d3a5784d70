// Keeps a demo's changes across reloads. Only a journal of changed clusters goes to storage, on top
// of the deterministic seed (so the 10,000-cluster gateway never does), with plaintext secrets
// replaced by a marker.
import type { BackendCluster } from '../api/api-types'
import { buildStoredCluster } from './backend-cluster-record'
import { validateUpdateBackendCluster } from './generated/request-validators.js'
import type { DemoJournal, JournalEntry, MockStore } from './mock-store'

export const DEMO_JOURNAL_KEY = 'egc:demo-journal'
/** Milliseconds of mock API latency; Playwright sets it to 0. Read on every request. */
export const DEMO_LATENCY_KEY = 'egc:demo-latency-ms'

export type DemoStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** Stand-in when localStorage is unavailable (private mode, blocked storage) and for tests. */
export function createMemoryStorage(): DemoStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  }
}

/** Replays the saved journal into the store, then saves it again after every change. */
export function persistStore(store: MockStore, storage: DemoStorage): () => void {
  const saved = readJournal(storage)
  if (saved) store.applyJournal(saved)
  return store.subscribe(() => {
    saveJournal(store.exportJournal(), storage)
  })
}

export function clearSavedDemoData(storage: DemoStorage): void {
  try {
    storage.removeItem(DEMO_JOURNAL_KEY)
  } catch {
    // Storage blocked: nothing was saved either.
  }
}

export function readDemoLatency(storage: DemoStorage, fallbackMs: number): number {
  try {
    const raw = storage.getItem(DEMO_LATENCY_KEY)
    const ms = raw === null || raw.trim() === '' ? Number.NaN : Number(raw)
    return Number.isInteger(ms) && ms >= 0 ? ms : fallbackMs
  } catch {
    return fallbackMs
  }
}

function saveJournal(journal: DemoJournal, storage: DemoStorage): void {
  try {
    if (journal.entries.length === 0) storage.removeItem(DEMO_JOURNAL_KEY)
    else storage.setItem(DEMO_JOURNAL_KEY, JSON.stringify(journal))
  } catch {
    // Quota or blocked storage: the demo keeps working in memory.
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The saved journal, or undefined when there is none or it is not one this version wrote. */
export function readJournal(storage: DemoStorage): DemoJournal | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(storage.getItem(DEMO_JOURNAL_KEY) ?? 'null')
  } catch {
    return undefined
  }
  if (!isRecord(parsed) || parsed.format !== 1) return undefined
  const { revisions, entries } = parsed
  if (!isRecord(revisions) || !Array.isArray(entries)) return undefined
  if (!Object.values(revisions).every((value) => Number.isInteger(value))) return undefined
  const restored = entries.map(restoreEntry)
  if (restored.some((entry) => entry === undefined)) return undefined
  return {
    format: 1,
    revisions: revisions as Record<string, number>,
    entries: restored.filter((entry) => entry !== undefined),
  }
}

/** An entry is trusted only if its cluster still passes the spec's validator. */
function restoreEntry(entry: unknown): JournalEntry | undefined {
  if (!isRecord(entry)) return undefined
  const { gatewayId, clusterId, cluster } = entry
  if (typeof gatewayId !== 'string' || typeof clusterId !== 'string') return undefined
  if (cluster === null) return { gatewayId, clusterId, cluster: null }
  const restored = restoreCluster(cluster, clusterId)
  return restored && { gatewayId, clusterId, cluster: restored }
}

function restoreCluster(value: unknown, clusterId: string): BackendCluster | undefined {
  if (!isRecord(value)) return undefined
  const { id, created_at: createdAt, updated_at: updatedAt, ...body } = value
  if (id !== clusterId || typeof createdAt !== 'string' || typeof updatedAt !== 'string') {
    return undefined
  }
  if (!validateUpdateBackendCluster(body)) return undefined
  const built = buildStoredCluster(body, { id: clusterId, createdAt, updatedAt })
  return built.ok ? built.cluster : undefined
}
