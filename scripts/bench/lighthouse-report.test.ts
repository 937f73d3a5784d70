import { describe, expect, it } from 'vitest'
import { loadFigures } from './lighthouse-report'

/** The parts of a Lighthouse 12 report bench:load reads, with the shapes Lighthouse writes. */
function report() {
  return {
    lighthouseVersion: '12.2.3',
    categories: {
      performance: {
        score: 0.57,
        auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }],
      },
      accessibility: {
        score: 1,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'landmark-one-main', weight: 0 },
        ],
      },
      'best-practices': {
        score: 0.96,
        auditRefs: [
          { id: 'inspector-issues', weight: 1 },
          { id: 'errors-in-console', weight: 1 },
        ],
      },
    },
    audits: {
      'largest-contentful-paint': { score: 0.3, numericValue: 4718.2 },
      'total-blocking-time': { score: 0.4, numericValue: 785 },
      'color-contrast': { score: 1 },
      // Weight 0: informative, never a failure.
      'landmark-one-main': { score: 0 },
      'inspector-issues': {
        score: 0,
        details: {
          type: 'table',
          items: [
            { issueType: 'Content security policy', subItems: { type: 'subitems', items: [] } },
          ],
        },
      },
      'errors-in-console': { score: null },
      'resource-summary': {
        score: null,
        details: {
          type: 'table',
          items: [
            { resourceType: 'total', label: 'Total', requestCount: 16, transferSize: 340_000 },
            { resourceType: 'script', label: 'Script', requestCount: 14, transferSize: 334_950 },
          ],
        },
      },
    },
  }
}

describe('Lighthouse report', () => {
  it('reads scores, LCP, TBT, script bytes and the scored audits that failed, with issue kinds', () => {
    expect(loadFigures(report())).toEqual({
      performance: 0.57,
      accessibility: 1,
      bestPractices: 0.96,
      lcpMs: 4718.2,
      tbtMs: 785,
      jsBytes: 334_950,
      failedAudits: ['inspector-issues [Content security policy]'],
    })
  })

  it('stops on a run Lighthouse itself could not finish', () => {
    const failed = {
      ...report(),
      runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' },
    }
    expect(() => loadFigures(failed)).toThrow('Lighthouse failed: NO_FCP')
  })

  it('stops when a figure is missing rather than printing a zero', () => {
    const withoutScripts = report()
    withoutScripts.audits['resource-summary'].details.items = []
    expect(() => loadFigures(withoutScripts)).toThrow(/no script row/)
    const withoutScore = report()
    Object.assign(withoutScore.categories.performance, { score: null })
    Object.assign(withoutScore.audits['largest-contentful-paint'], {
      score: null,
      errorMessage: 'The page did not display content that qualifies as a LCP. (NO_LCP)',
    })
    expect(() => loadFigures(withoutScore)).toThrow(
      'Lighthouse gave no performance score (largest-contentful-paint: The page did not display content that qualifies as a LCP. (NO_LCP))',
    )
  })
})
