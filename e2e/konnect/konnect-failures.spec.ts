// What the console says when Konnect is down or refuses the server's token.
import { SEED_GATEWAYS } from '../../src/mocks/seed/seed-gateways'
import { expectNoAxeViolations } from '../fixtures'
import { expect, test } from './konnect-fixtures'

const payments = SEED_GATEWAYS.payments
// Reads are retried twice with back-off before the error shows.
const AFTER_RETRIES = { timeout: 15_000 }

test.describe('Konnect down', () => {
  // Chromium logs each 502 and React the error its boundary caught; here they are the point.
  test.use({
    allowedConsoleErrors: /status of 502|ApiError: Bad Gateway: Konnect is unreachable/,
  })

  test('shows "Konnect is unreachable" while Konnect is down, and Retry recovers', async ({
    page,
    upstream,
  }) => {
    await page.goto('/event-gateways')
    const gateways = page.getByRole('table', { name: 'Event gateways' })
    await expect(gateways.getByRole('link', { name: payments.name })).toBeVisible()

    await upstream.stop()
    await gateways.getByRole('link', { name: payments.name }).click()
    const problem = page.getByRole('alert').filter({ hasText: 'Konnect is unreachable' })
    await expect(problem).toBeVisible(AFTER_RETRIES)
    await expectNoAxeViolations(page)

    await upstream.resume()
    await problem.getByRole('button', { name: 'Retry' }).click()
    await expect(
      page.getByRole('table', { name: 'Backend clusters' }).getByRole('link', {
        name: 'payments-core',
      }),
    ).toBeVisible()
    await expect(problem).toBeHidden()
  })
})

test.describe('token revoked', () => {
  test.use({ allowedConsoleErrors: /status of 401|ApiError: Unauthorized/ })

  test('shows "The token was rejected" when Konnect answers 401', async ({ page, upstream }) => {
    upstream.revokeToken()
    await page.goto('/event-gateways')
    const problem = page.getByRole('alert').filter({ hasText: 'The token was rejected' })
    await expect(problem).toBeVisible()
    await expect(problem).toContainText('KONNECT_TOKEN')
    expect(upstream.requests.length).toBeGreaterThan(0)
  })
})
