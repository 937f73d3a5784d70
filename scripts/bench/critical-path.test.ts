import { describe, expect, it } from 'vitest'
import {
  describeSummary,
  formatCriticalPath,
  summarizeCriticalPath,
  type PathNode,
} from './critical-path'

const NODES: PathNode[] = [
  {
    kind: 'network',
    label: '/event-gateways/x/backend-clusters/new',
    startMs: 0,
    endMs: 620,
    bytes: 2700,
  },
  { kind: 'cpu', label: 'main thread', startMs: 620, endMs: 1000, tracedMs: 95 },
  {
    kind: 'network',
    label: '/assets/index.js',
    startMs: 1000,
    endMs: 2400,
    bytes: 81920,
    script: true,
  },
  {
    kind: 'network',
    label: '/assets/shared.js',
    startMs: 1000,
    endMs: 3000,
    bytes: 102400,
    script: true,
  },
  { kind: 'network', label: '/assets/first-paint.css', startMs: 620, endMs: 950, bytes: 15000 },
]

describe('the first paint critical path', () => {
  it('counts only scripts, and finds when the last one is in', () => {
    expect(summarizeCriticalPath(NODES)).toEqual({
      scripts: 2,
      scriptBytes: 184320,
      lastScriptEndMs: 3000,
      tracedCpuMs: 95,
    })
  })

  it('prints each node with its simulated times, size or traced time', () => {
    const lines = formatCriticalPath(NODES).split('\n')
    expect(lines[0]).toMatch(/^start ms\s+end ms\s+what\s+KiB\s+traced ms$/)
    expect(lines[3]).toMatch(/^\s+620\s+1000\s+main thread\s+95\.0$/)
    expect(lines[5]).toMatch(/^\s+1000\s+3000\s+\/assets\/shared\.js\s+100\.0$/)
  })

  it('sums up a side in one line', () => {
    const one = NODES.filter((node) => node.label !== '/assets/index.js')
    expect(describeSummary('floor', 1699, summarizeCriticalPath(one))).toMatch(
      /^floor: FCP 1699 ms; 1 script on the path, 100\.0 KiB, the last in at 3000 ms;/,
    )
    expect(describeSummary('console', 3037.4, summarizeCriticalPath(NODES))).toBe(
      'console: FCP 3037 ms; 2 scripts on the path, 180.0 KiB, the last in at 3000 ms; ' +
        'traced main-thread time on the path 95 ms',
    )
  })
})
