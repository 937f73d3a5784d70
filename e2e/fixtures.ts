import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

interface Fixtures {
  /**
   * Console errors a test expects (e.g. Chromium logging a deliberate 409), as one pattern (join with |):
   * Playwright would read an array of two as [value, options]. Anything else fails the test.
   */
  allowedConsoleErrors: RegExp | null
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [null, { option: true }],
  page: async ({ page, allowedConsoleErrors }, use) => {
    // The demo's mock API answers at once in tests; the shipped demo keeps a small delay.
    await page.addInitScript(() => window.localStorage.setItem('egc:demo-latency-ms', '0'))
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await use(page)
    const unexpected = errors.filter((text) => !allowedConsoleErrors?.test(text))
    expect(unexpected, 'console errors').toEqual([])
  },
})

export { expect }

/** Runs axe on the whole page (or a part) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ])
  if (include) builder = builder.include(include)
  const { violations } = await builder.analyze()
  const summary = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n  ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join('\n  ')}`,
  )
  expect(summary, 'axe violations').toEqual([])
}
