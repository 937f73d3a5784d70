import { describe, expect, it } from 'vitest'
import { pageSummary, resultsAnnouncement } from './page-summary'

const noun = { one: 'backend cluster', other: 'backend clusters' }

describe('pageSummary', () => {
  it('counts the whole list when it fits on one page', () => {
    expect(pageSummary(1, true, false, noun)).toBe('1 backend cluster')
    expect(pageSummary(12, true, false, noun)).toBe('12 backend clusters')
  })

  it('only counts the page when there are other pages', () => {
    expect(pageSummary(25, true, true, noun)).toBe('25 on this page')
    expect(pageSummary(10, false, false, noun)).toBe('10 on this page')
  })
})

describe('resultsAnnouncement', () => {
  it('names the search it answers', () => {
    expect(resultsAnnouncement(3, true, false, 'orders', noun)).toBe(
      '3 backend clusters matching “orders”',
    )
    expect(resultsAnnouncement(25, false, true, undefined, noun)).toBe(
      '25 backend clusters on this page',
    )
  })
})
