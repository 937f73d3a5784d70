import { describe, expect, it } from 'vitest'
import {
  compareWithBudget,
  formatBudgetTable,
  perfBudgetSchema,
  type RouteLoad,
} from './load-budget'

const newPage: RouteLoad = {
  route: 'new',
  jsFiles: 14,
  jsGzipBytes: 300 * 1024,
  cssFiles: 1,
  cssGzipBytes: 2 * 1024,
}

describe('load budget', () => {
  it('passes at the budget and is over a tenth of a KiB above it', () => {
    const [atBudget] = compareWithBudget([newPage], { initialLoadGzipKiB: { new: 302 } })
    expect(atBudget).toMatchObject({ totalKiB: 302, budgetKiB: 302, over: false })
    const [over] = compareWithBudget([{ ...newPage, cssGzipBytes: 2 * 1024 + 103 }], {
      initialLoadGzipKiB: { new: 302 },
    })
    expect(over?.over).toBe(true)
  })

  it('refuses a route without a budget and a budget without a route', () => {
    expect(() => compareWithBudget([newPage], { initialLoadGzipKiB: {} })).toThrow(
      'No budget for the route "new"',
    )
    expect(() =>
      compareWithBudget([newPage], { initialLoadGzipKiB: { new: 400, edit: 400 } }),
    ).toThrow('Budgets for routes not measured: edit')
  })

  it('reads the budget file shape and rejects a budget that is not a positive number', () => {
    expect(perfBudgetSchema.parse({ initialLoadGzipKiB: { new: 310.5 } })).toEqual({
      initialLoadGzipKiB: { new: 310.5 },
    })
    expect(() => perfBudgetSchema.parse({ initialLoadGzipKiB: { new: '310' } })).toThrow()
    expect(() => perfBudgetSchema.parse({ initialLoadGzipKiB: { new: 0 } })).toThrow()
  })

  it('prints KiB with one decimal, the share of the budget used and the verdict', () => {
    const results = compareWithBudget(
      [newPage, { ...newPage, route: 'list', cssFiles: 0, cssGzipBytes: 0 }],
      {
        initialLoadGzipKiB: { new: 290, list: 400 },
      },
    )
    expect(formatBudgetTable(results).split('\n').slice(2)).toEqual([
      'new          14   300.0      2.0      302.0       290.0  104%  OVER',
      'list         14   300.0        -      300.0       400.0   75%  PASS',
    ])
  })
})
