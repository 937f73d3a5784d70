import { describe, expect, it } from 'vitest'
import { pageSummary, resultsAnnouncement } from './page-summary'

describe('pageSummary', () => {
  it('counts the whole list when it fits on one page', () => {
    expect(pageSummary(1, true, false)).toBe('1 backend cluster')
    expect(pageSummary(12, true, false)).toBe('12 backend clusters')
  })

  it('only counts the page when there are other pages', () => {
    expect(pageSummary(25, true, true)).toBe('25 on this page')
    expect(pageSummary(10, false, false)).toBe('10 on this page')
  })
})

describe('resultsAnnouncement', () => {
  it('names the search it answers', () => {
    expect(resultsAnnouncement(3, true, false, 'orders')).toBe(
      '3 backend clusters matching “orders”',
    )
    expect(resultsAnnouncement(25, false, true, undefined)).toBe('25 backend clusters on this page')
  })
})
