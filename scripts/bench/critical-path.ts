// What Lighthouse's simulated first paint waits for: Lantern's pessimistic FCP graph of one run,
// node by node with its simulated start and end. Lantern is Lighthouse's own code, read from the
// pinned install that bench:load uses (12.2.3), so the figures are the ones its score is made of.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { LighthouseArtifacts } from './lighthouse-cli'
import { formatTable } from './text-table'

export interface PathNode {
  kind: 'network' | 'cpu'
  /** A request's URL path, or "main thread" for a CPU task. */
  label: string
  startMs: number
  endMs: number
  /** Bytes transferred (network nodes). */
  bytes?: number
  /** The task's unthrottled duration as traced (CPU nodes); Lantern multiplies it. */
  tracedMs?: number
  /** A script, by the request's resource type or its file name. */
  script?: boolean
}

export interface CriticalPath {
  /** Lighthouse's FCP for the run: the blend of its optimistic and pessimistic estimates. */
  fcpMs: number
  /** The pessimistic graph's nodes, in simulated start order. */
  nodes: PathNode[]
}

interface LanternNode {
  type: string
  duration?: number
  request?: { url: string; transferSize: number; resourceType?: string }
}
interface LanternEstimate {
  timeInMs: number
  nodeTimings: Map<LanternNode, { startTime: number; endTime: number }>
}
interface LanternResult {
  timing: number
  pessimisticEstimate: LanternEstimate
}
interface LanternFcp {
  request(data: unknown, context: unknown): Promise<LanternResult>
}

/** Lighthouse's root folder, from its CLI's path (…/lighthouse/cli/index.js). */
function lighthouseRoot(cli: string): string {
  return path.resolve(path.dirname(cli), '..')
}

async function importFrom<T>(root: string, file: string, name: string): Promise<T> {
  const module: unknown = await import(pathToFileURL(path.join(root, file)).href)
  if (typeof module !== 'object' || module === null || !(name in module)) {
    throw new Error(`Lighthouse has no ${name} in ${file}`)
  }
  return (module as Record<string, T>)[name] as T
}

function documentUrl(devtoolsLog: unknown): string {
  if (!Array.isArray(devtoolsLog)) throw new Error('The DevTools log is not a list')
  for (const entry of devtoolsLog as unknown[]) {
    const { method, params } = entry as { method?: string; params?: Record<string, unknown> }
    if (method === 'Network.requestWillBeSent' && params?.type === 'Document') {
      return String((params.request as { url?: unknown } | undefined)?.url)
    }
  }
  throw new Error('The DevTools log has no document request')
}

function toPathNode(node: LanternNode, timing: { startTime: number; endTime: number }): PathNode {
  const times = { startMs: timing.startTime, endMs: timing.endTime }
  if (node.type === 'network' && node.request) {
    const { pathname } = new URL(node.request.url)
    return {
      kind: 'network',
      label: pathname,
      bytes: node.request.transferSize,
      script: node.request.resourceType === 'Script' || pathname.endsWith('.js'),
      ...times,
    }
  }
  return { kind: 'cpu', label: 'main thread', tracedMs: (node.duration ?? 0) / 1000, ...times }
}

/** Lantern's FCP simulation of a mobile run (Lighthouse's default slow-4G and 4× CPU). */
export async function firstPaintCriticalPath(
  cli: string,
  { trace, devtoolsLog }: LighthouseArtifacts,
): Promise<CriticalPath> {
  const root = lighthouseRoot(cli)
  const fcp = await importFrom<LanternFcp>(
    root,
    'core/computed/metrics/lantern-first-contentful-paint.js',
    'LanternFirstContentfulPaint',
  )
  const throttling = await importFrom<{ mobileSlow4G: unknown }>(
    root,
    'core/config/constants.js',
    'throttling',
  )
  const defaults = await importFrom<object>(root, 'core/config/constants.js', 'defaultSettings')
  const settings = {
    ...defaults,
    formFactor: 'mobile',
    throttlingMethod: 'simulate',
    throttling: throttling.mobileSlow4G,
  }
  const url = documentUrl(devtoolsLog)
  const result = await fcp.request(
    {
      trace,
      devtoolsLog,
      settings,
      gatherContext: { gatherMode: 'navigation' },
      URL: { requestedUrl: url, mainDocumentUrl: url, finalDisplayedUrl: url },
      simulator: null,
    },
    { computedCache: new Map(), settings },
  )
  const nodes = [...result.pessimisticEstimate.nodeTimings]
    .map(([node, timing]) => toPathNode(node, timing))
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs)
  return { fcpMs: result.timing, nodes }
}

export interface PathSummary {
  scripts: number
  scriptBytes: number
  /** When the last script on the path has arrived. */
  lastScriptEndMs: number
  /** The traced (unthrottled) main-thread time on the path. */
  tracedCpuMs: number
}

export function summarizeCriticalPath(nodes: readonly PathNode[]): PathSummary {
  const scripts = nodes.filter((node) => node.kind === 'network' && node.script === true)
  return {
    scripts: scripts.length,
    scriptBytes: scripts.reduce((sum, node) => sum + (node.bytes ?? 0), 0),
    lastScriptEndMs: Math.max(0, ...scripts.map((node) => node.endMs)),
    tracedCpuMs: nodes.reduce((sum, node) => sum + (node.tracedMs ?? 0), 0),
  }
}

const ms = (value: number) => String(Math.round(value))
const kib = (bytes: number) => (bytes / 1024).toFixed(1)

export function formatCriticalPath(nodes: readonly PathNode[]): string {
  return formatTable(
    [
      { header: 'start ms', align: 'right' },
      { header: 'end ms', align: 'right' },
      { header: 'what' },
      { header: 'KiB', align: 'right' },
      { header: 'traced ms', align: 'right' },
    ],
    nodes.map((node) => [
      ms(node.startMs),
      ms(node.endMs),
      node.label,
      node.bytes === undefined ? '' : kib(node.bytes),
      node.tracedMs === undefined ? '' : node.tracedMs.toFixed(1),
    ]),
  )
}

export function describeSummary(who: string, fcpMs: number, summary: PathSummary): string {
  return (
    `${who}: FCP ${ms(fcpMs)} ms; ${String(summary.scripts)} ` +
    `${summary.scripts === 1 ? 'script' : 'scripts'} on the path, ` +
    `${kib(summary.scriptBytes)} KiB, the last in at ${ms(summary.lastScriptEndMs)} ms; ` +
    `traced main-thread time on the path ${summary.tracedCpuMs.toFixed(0)} ms`
  )
}
