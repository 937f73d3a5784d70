// The committed budgets (perf-budget.json) for what a deep-linked page loads before first paint,
// and the comparison check:budget prints.
import { z } from 'zod'
import { formatTable } from './text-table'

export const perfBudgetSchema = z.object({
  /** Gzip KiB per measured route (scripts/bench/route-page-modules.ts): JS and CSS together. */
  initialLoadGzipKiB: z.record(z.string(), z.number().positive()),
})

export type PerfBudget = z.infer<typeof perfBudgetSchema>

/** One route's figures, in bytes after gzip. */
export interface RouteLoad {
  route: string
  jsFiles: number
  jsGzipBytes: number
  cssFiles: number
  cssGzipBytes: number
}

export interface BudgetResult extends RouteLoad {
  totalKiB: number
  budgetKiB: number
  over: boolean
}

const KIB = 1024

/** Compares each route's total with its budget; a route without a budget, or a budget without a route, throws. */
export function compareWithBudget(loads: readonly RouteLoad[], budget: PerfBudget): BudgetResult[] {
  const budgets = budget.initialLoadGzipKiB
  const measured = new Set(loads.map((load) => load.route))
  const unknown = Object.keys(budgets).filter((route) => !measured.has(route))
  if (unknown.length > 0) throw new Error(`Budgets for routes not measured: ${unknown.join(', ')}`)
  return loads.map((load) => {
    const budgetKiB = budgets[load.route]
    if (budgetKiB === undefined) throw new Error(`No budget for the route "${load.route}"`)
    const totalKiB = (load.jsGzipBytes + load.cssGzipBytes) / KIB
    // Compared as printed (one decimal), so a figure shown equal to its budget passes.
    return { ...load, totalKiB, budgetKiB, over: Math.round(totalKiB * 10) / 10 > budgetKiB }
  })
}

const kib = (bytes: number) => (bytes / KIB).toFixed(1)

export function formatBudgetTable(results: readonly BudgetResult[]): string {
  return formatTable(
    [
      { header: 'route' },
      { header: 'JS files', align: 'right' },
      { header: 'JS KiB', align: 'right' },
      { header: 'CSS KiB', align: 'right' },
      { header: 'total KiB', align: 'right' },
      { header: 'budget KiB', align: 'right' },
      { header: 'used', align: 'right' },
      { header: 'verdict' },
    ],
    results.map((result) => [
      result.route,
      String(result.jsFiles),
      kib(result.jsGzipBytes),
      result.cssFiles === 0 ? '-' : kib(result.cssGzipBytes),
      result.totalKiB.toFixed(1),
      result.budgetKiB.toFixed(1),
      `${((result.totalKiB / result.budgetKiB) * 100).toFixed(0)}%`,
      result.over ? 'OVER' : 'PASS',
    ]),
  )
}
