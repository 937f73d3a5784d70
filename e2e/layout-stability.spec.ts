import { SEED_CLUSTERS } from '../src/mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../src/mocks/seed/seed-gateways'
import { expect, test } from './fixtures'

const gateway = SEED_GATEWAYS.payments

// A phone held upright, where the detail page's columns stack: "Used by" sits above the settings,
// and once pushed them 200 px down when its virtual clusters arrived after the first paint.
test.use({ viewport: { width: 390, height: 844 } })

test('a backend cluster detail page does not jump while it loads', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as unknown as { value: number }).value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(`/event-gateways/${gateway.id}/backend-clusters/${SEED_CLUSTERS.paymentsCore.id}`)
  await expect(page.getByRole('region', { name: 'Used by' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Authentication' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Virtual clusters' })).toBeVisible()
  // Layout shifts are reported after the frame that made them.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
  )
  const shifts = await page.evaluate(
    () => (window as unknown as { layoutShifts: number[] }).layoutShifts,
  )
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01)
})
