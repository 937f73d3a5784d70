// bench:load's goals (issue 8) and its one table: per page and form factor, each Lighthouse figure
// for the console and the floor (medians), their ratio, the goal and PASS/over.
import { median } from './bench-stats'
import type { FormFactor } from './lighthouse-cli'
import type { LoadFigures } from './lighthouse-report'
import { formatTable } from './text-table'

export type PageName = 'new' | 'list' | 'detail'
export type Metric =
  'performance' | 'lcpMs' | 'tbtMs' | 'jsBytes' | 'accessibility' | 'bestPractices'

const METRICS: readonly Metric[] = [
  'performance',
  'lcpMs',
  'tbtMs',
  'jsBytes',
  'accessibility',
  'bestPractices',
]

const SCORES = new Set<Metric>(['performance', 'accessibility', 'bestPractices'])

const METRIC_LABELS: Record<Metric, string> = {
  performance: 'performance',
  lcpMs: 'LCP',
  tbtMs: 'TBT',
  jsBytes: 'JS transferred',
  accessibility: 'accessibility',
  bestPractices: 'best practices',
}

/** A score at least this high, or a figure at most this many times the floor's. */
export type Goal = { kind: 'score'; atLeast: number } | { kind: 'floorRatio'; atMost: number }

type GoalKey = `${PageName} ${FormFactor} ${Metric}`

export const LOAD_GOALS: Partial<Record<GoalKey, Goal>> = {
  'new mobile performance': { kind: 'score', atLeast: 0.95 },
  'new mobile lcpMs': { kind: 'floorRatio', atMost: 1.1 },
  'new mobile tbtMs': { kind: 'floorRatio', atMost: 1.5 },
  'new mobile jsBytes': { kind: 'floorRatio', atMost: 1.3 },
  'new mobile accessibility': { kind: 'score', atLeast: 1 },
  'new mobile bestPractices': { kind: 'score', atLeast: 1 },
  'new desktop performance': { kind: 'score', atLeast: 1 },
  'list mobile performance': { kind: 'score', atLeast: 0.9 },
  'detail mobile performance': { kind: 'score', atLeast: 0.9 },
}

/** Every Lighthouse run of one page in one form factor; the floor only where it is compared. */
export interface PageRuns {
  page: PageName
  formFactor: FormFactor
  console: readonly LoadFigures[]
  floor?: readonly LoadFigures[]
}

export type Verdict = 'PASS' | 'over'

/** Scores pass as Lighthouse shows them (two decimals); ratios as printed (two decimals). */
export function judge(goal: Goal, consoleValue: number, floorValue: number | undefined): Verdict {
  if (goal.kind === 'score') {
    return Math.round(consoleValue * 100) >= Math.round(goal.atLeast * 100) ? 'PASS' : 'over'
  }
  if (floorValue === undefined) throw new Error('A goal relative to the floor needs the floor')
  return Math.round((consoleValue / floorValue) * 100) <= Math.round(goal.atMost * 100)
    ? 'PASS'
    : 'over'
}

function formatValue(metric: Metric, value: number): string {
  switch (metric) {
    case 'lcpMs':
      return `${(value / 1000).toFixed(2)} s`
    case 'tbtMs':
      return `${Math.round(value).toLocaleString('en-US')} ms`
    case 'jsBytes':
      return `${(value / 1024).toFixed(1)} KiB`
    default:
      return value.toFixed(2)
  }
}

function describeGoal(goal: Goal): string {
  return goal.kind === 'score'
    ? `≥ ${goal.atLeast.toFixed(2)}`
    : `≤ ${goal.atMost.toFixed(1)}× floor`
}

export interface LoadRow {
  cells: string[]
  verdict: Verdict | undefined
}

/** One row per page, form factor and metric, from the medians of the runs. */
export function loadRows(pages: readonly PageRuns[]): LoadRow[] {
  return pages.flatMap(({ page, formFactor, console: consoleRuns, floor }) =>
    METRICS.map((metric) => {
      const consoleValue = median(consoleRuns.map((figures) => figures[metric]))
      const floorValue = floor ? median(floor.map((figures) => figures[metric])) : undefined
      const goal = LOAD_GOALS[`${page} ${formFactor} ${metric}`]
      const verdict = goal ? judge(goal, consoleValue, floorValue) : undefined
      // Scores are compared with goals, not with the floor's.
      const ratio =
        floorValue === undefined || floorValue === 0 || SCORES.has(metric)
          ? ''
          : `${(consoleValue / floorValue).toFixed(2)}×`
      return {
        cells: [
          page,
          formFactor,
          METRIC_LABELS[metric],
          formatValue(metric, consoleValue),
          floorValue === undefined ? '' : formatValue(metric, floorValue),
          ratio,
          goal ? describeGoal(goal) : '',
          verdict ?? '',
        ],
        verdict,
      }
    }),
  )
}

export function formatLoadTable(rows: readonly LoadRow[]): string {
  return formatTable(
    [
      { header: 'page' },
      { header: 'device' },
      { header: 'metric' },
      { header: 'console', align: 'right' },
      { header: 'floor', align: 'right' },
      { header: 'ratio', align: 'right' },
      { header: 'goal' },
      { header: 'verdict' },
    ],
    rows.map((row) => row.cells),
  )
}

/** "inspector-issues (3 of 3 runs)" for each scored audit that failed in any run. */
export function failedAuditSummary(runs: readonly LoadFigures[]): string[] {
  const counts = new Map<string, number>()
  for (const figures of runs) {
    for (const id of figures.failedAudits) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return [...counts].map(([id, count]) => `${id} (${String(count)} of ${String(runs.length)} runs)`)
}
