import { SEED_GATEWAYS } from '../src/mocks/seed/seed-gateways'
import { expect, test } from './fixtures'

const gateway = SEED_GATEWAYS.payments

// A phone held upright: nothing may push the page sideways (the configuration preview's long lines
// once widened the New pages to 630 px).
test.use({ viewport: { width: 390, height: 844 } })

for (const { path, heading } of [
  { path: `/event-gateways/${gateway.id}/backend-clusters/new`, heading: 'New backend cluster' },
  { path: `/event-gateways/${gateway.id}/virtual-clusters/new`, heading: 'New virtual cluster' },
]) {
  test(`${heading} fits a phone's width`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(page.getByRole('tab', { name: 'curl' })).toBeVisible()
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: document.documentElement.clientWidth,
    }))
    expect(widths.page).toBeLessThanOrEqual(widths.screen)
  })
}

test('the phone navigation shows all its links below the top bar', async ({ page }) => {
  await page.goto(`/event-gateways/${gateway.id}/backend-clusters`)
  await page.getByRole('button', { name: 'Open navigation' }).click()
  const nav = page.getByRole('navigation', { name: 'Main' })
  // A click lands only on a link nothing covers (the top bar once hid the first one).
  await nav.getByRole('link', { name: 'Event Gateway' }).click({ timeout: 3000 })
  await expect(page.getByRole('heading', { level: 1, name: 'Event Gateways' })).toBeVisible()
})
