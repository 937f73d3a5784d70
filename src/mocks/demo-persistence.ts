// Keeps a demo's changes across reloads. Only a journal of changed backend and virtual clusters
// goes to storage, on top of the deterministic seed (so the 10,000-cluster gateway never does),
// with plaintext secrets replaced by a marker.
import type { BackendCluster, VirtualCluster } from '../api/api-types'
import { buildStoredCluster } from './backend-cluster-record'
import {
  validateUpdateBackendCluster,
  validateUpdateVirtualCluster,
} from './generated/request-validators.js'
import type { DemoJournal, JournalEntry } from './demo-journal'
import type { MockStore } from './mock-store'
import { buildStoredVirtualCluster } from './virtual-cluster-record'

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
  if (!isRecord(parsed) || parsed.format !== 2) return undefined
  const { revisions, entries } = parsed
  if (!isRecord(revisions) || !Array.isArray(entries)) return undefined
  if (!Object.values(revisions).every((value) => Number.isInteger(value))) return undefined
  const restored = entries.map(restoreEntry)
  if (restored.some((entry) => entry === undefined)) return undefined
  return {
    format: 2,
    revisions: revisions as Record<string, number>,
    entries: restored.filter((entry) => entry !== undefined),
  }
}

/** An entry is trusted only if what it holds still passes the spec's validator. */
function restoreEntry(entry: unknown): JournalEntry | undefined {
  if (!isRecord(entry)) return undefined
  const { resource, gatewayId, id, value } = entry
  if (typeof gatewayId !== 'string' || typeof id !== 'string') return undefined
  if (resource === 'backend_cluster') {
    if (value === null) return { resource, gatewayId, id, value: null }
    const restored = restoreCluster(value, id)
    return restored && { resource, gatewayId, id, value: restored }
  }
  if (resource === 'virtual_cluster') {
    if (value === null) return { resource, gatewayId, id, value: null }
    const restored = restoreVirtualCluster(value, id)
    return restored && { resource, gatewayId, id, value: restored }
  }
  return undefined
}

/** The body part of a stored entity, and its id and timestamps when they have the right types. */
function splitStored(value: unknown, expectedId: string) {
  if (!isRecord(value)) return undefined
  const { id, created_at: createdAt, updated_at: updatedAt, ...body } = value
  if (id !== expectedId || typeof createdAt !== 'string' || typeof updatedAt !== 'string') {
    return undefined
  }
  return { body, meta: { id: expectedId, createdAt, updatedAt } }
}

function restoreCluster(value: unknown, clusterId: string): BackendCluster | undefined {
  const stored = splitStored(value, clusterId)
  if (!stored || !validateUpdateBackendCluster(stored.body)) return undefined
  const built = buildStoredCluster(stored.body, stored.meta)
  return built.ok ? built.cluster : undefined
}

/** A stored virtual cluster names its destination by both id and name. */
function restoreVirtualCluster(
  value: unknown,
  virtualClusterId: string,
): VirtualCluster | undefined {
  const stored = splitStored(value, virtualClusterId)
  if (!stored || !validateUpdateVirtualCluster(stored.body)) return undefined
  const { destination } = stored.body
  if (!('id' in destination) || !('name' in destination) || typeof destination.name !== 'string') {
    return undefined
  }
  const reference = { id: destination.id, name: destination.name }
  const built = buildStoredVirtualCluster(stored.body, reference, stored.meta)
  return built.ok ? built.virtualCluster : undefined
}
