import { expect, expectNoAxeViolations, test } from './fixtures'

test('reaches a gateway’s backend clusters by clicking from the start page', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/event-gateways$/)
  await expect(page.getByRole('banner')).toContainText('Demo data')
  await expectNoAxeViolations(page)

  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Event Gateway' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Event Gateways' })).toBeVisible()
  const gateways = page.getByRole('table', { name: 'Event gateways' })
  await expect(gateways.getByRole('row')).toHaveCount(7)
  await expect(gateways.getByRole('row', { name: /logistics-legacy/ })).toContainText('1.0')

  await gateways.getByRole('link', { name: 'payments-prod' }).click()
  await expect(nav.getByText('payments-prod')).toBeVisible()
  await nav.getByRole('link', { name: 'Backend Clusters' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Backend Clusters' })).toBeVisible()
  const clusters = page.getByRole('table', { name: 'Backend clusters' })
  await expect(clusters.getByRole('link', { name: 'payments-core' })).toBeVisible()
  await expect(clusters.getByRole('row', { name: /fraud-scoring/ })).toContainText('SASL/PLAIN')
  await expectNoAxeViolations(page)

  const url = page.url()
  await page.reload()
  await expect(page).toHaveURL(url)
  await expect(clusters.getByRole('link', { name: 'payments-core' })).toBeVisible()
})

test.describe('not found', () => {
  // Chromium logs every 404 answer as a console error; here they are the point of the test.
  test.use({ allowedConsoleErrors: /status of 404/ })

  test('unknown addresses and IDs show a not-found page', async ({ page }) => {
    await page.goto('/no/such/page')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goto('/event-gateways/00000000-0000-4000-8000-000000000000/backend-clusters')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Event gateway not found' }),
    ).toBeVisible()

    await page.goto(
      '/event-gateways/ab210b2d-9a0d-4a45-b6fb-8e73852bcda7/backend-clusters/00000000-0000-4000-8000-000000000000',
    )
    await expect(
      page.getByRole('heading', { level: 1, name: 'Backend cluster not found' }),
    ).toBeVisible()
    await page.getByRole('link', { name: 'Back to backend clusters' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Backend Clusters' })).toBeVisible()
  })
})

test('the theme follows the choice made in the theme menu and keeps it', async ({ page }) => {
  await page.goto('/event-gateways')
  await page.getByRole('button', { name: 'Theme' }).click()
  await page.getByRole('menuitemradio', { name: 'Dark' }).click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.reload()
  await expect(page.locator('html')).toHaveClass(/dark/)
  // The scheme is set on the first render, before the page's data arrives: check the drawn page.
  await expect(page.getByRole('heading', { level: 1, name: 'Event Gateways' })).toBeVisible()
  await expectNoAxeViolations(page)
})
