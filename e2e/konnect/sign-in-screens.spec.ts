// Not a test of behaviour: the sign-in screens in light and dark for people to look at
// (`npm run screenshots`, with `npm run build` done first).
import { PERSONAL_TOKEN, test } from './sign-in-fixtures'

for (const scheme of ['light', 'dark'] as const) {
  test.describe(scheme, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1280, height: 800 } })

    test('sign-in page with a rejected token', async ({ page }) => {
      await page.goto('/event-gateways')
      await page.getByLabel('Personal access token').fill('kpat_notTheRightToken0000')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('alert', { name: 'Konnect rejected this token' }).waitFor()
      await page.screenshot({ path: `test-results/screens/sign-in-${scheme}.png` })
    })

    test('signing in again over a page', async ({ page, upstream }) => {
      await page.goto('/event-gateways')
      await page.getByLabel('Personal access token').fill(PERSONAL_TOKEN)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('button', { name: 'Sign out' }).waitFor()
      upstream.revokeToken()
      await page.getByRole('link', { name: 'payments-prod' }).click()
      await page.getByRole('dialog', { name: 'Sign in to Konnect' }).waitFor()
      await page.screenshot({ path: `test-results/screens/sign-in-again-${scheme}.png` })
    })
  })
}
