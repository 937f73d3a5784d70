import { describe, expect, it } from 'vitest'
import type { LoadFigures } from './lighthouse-report'
import { failedAuditSummary, formatLoadTable, judge, loadRows } from './load-goals'

const figures = (overrides: Partial<LoadFigures>): LoadFigures => ({
  performance: 0.9,
  accessibility: 1,
  bestPractices: 1,
  lcpMs: 2000,
  tbtMs: 200,
  jsBytes: 150 * 1024,
  failedAudits: [],
  ...overrides,
})

describe('load goals', () => {
  it('passes scores as Lighthouse rounds them and ratios as printed', () => {
    expect(judge({ kind: 'score', atLeast: 0.95 }, 0.95, undefined)).toBe('PASS')
    expect(judge({ kind: 'score', atLeast: 0.95 }, 0.94, undefined)).toBe('over')
    expect(judge({ kind: 'score', atLeast: 1 }, 0.99, undefined)).toBe('over')
    expect(judge({ kind: 'floorRatio', atMost: 1.1 }, 2200, 2000)).toBe('PASS')
    expect(judge({ kind: 'floorRatio', atMost: 1.1 }, 2220, 2000)).toBe('over')
    expect(() => judge({ kind: 'floorRatio', atMost: 1.1 }, 2200, undefined)).toThrow()
  })

  it('judges each metric on the median of the runs, against the floor where the goal says so', () => {
    const rows = loadRows([
      {
        page: 'new',
        formFactor: 'mobile',
        console: [
          figures({ performance: 0.97, lcpMs: 2100, tbtMs: 900 }),
          figures({ performance: 0.5, lcpMs: 9000, tbtMs: 250 }),
          figures({ performance: 0.96, lcpMs: 2000, tbtMs: 280 }),
        ],
        floor: [figures({ lcpMs: 2000, tbtMs: 200 }), figures({ lcpMs: 1800, tbtMs: 200 })],
      },
    ])
    const byMetric = new Map(rows.map((row) => [row.cells[2] ?? '', row]))
    // Medians: performance 0.96, LCP 2.1 s vs the floor's 1.9 s, TBT 280 ms vs 200 ms.
    expect(byMetric.get('performance')?.cells.slice(3)).toEqual([
      '0.96',
      '0.90',
      '',
      '≥ 0.95',
      'PASS',
    ])
    expect(byMetric.get('LCP')?.cells.slice(3)).toEqual([
      '2.10 s',
      '1.90 s',
      '1.11×',
      '≤ 1.1× floor',
      'over',
    ])
    expect(byMetric.get('TBT')?.cells.slice(3)).toEqual([
      '280 ms',
      '200 ms',
      '1.40×',
      '≤ 1.5× floor',
      'PASS',
    ])
    expect(byMetric.get('JS transferred')?.verdict).toBe('PASS')
  })

  it('has no floor column and no verdict where there is no floor and no goal', () => {
    const rows = loadRows([{ page: 'list', formFactor: 'desktop', console: [figures({})] }])
    expect(rows.map((row) => row.verdict)).toEqual(Array<undefined>(6).fill(undefined))
    expect(formatLoadTable(rows).split('\n')[2]).toBe('list  desktop  performance          0.90')
    const mobile = loadRows([
      { page: 'list', formFactor: 'mobile', console: [figures({ performance: 0.89 })] },
    ])
    expect(mobile[0]?.cells.slice(3)).toEqual(['0.89', '', '', '≥ 0.90', 'over'])
  })

  it('counts in how many runs each audit failed', () => {
    expect(
      failedAuditSummary([
        figures({ failedAudits: ['inspector-issues'] }),
        figures({ failedAudits: ['inspector-issues', 'color-contrast'] }),
        figures({}),
      ]),
    ).toEqual(['inspector-issues (2 of 3 runs)', 'color-contrast (1 of 3 runs)'])
  })
})
