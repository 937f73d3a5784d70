import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Presses Tab until the target has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test('the seed flow works by keyboard alone', async ({ page }) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await tabTo(page, nav.getByRole('link', { name: 'Event Gateway' }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('link', { name: 'platform-sandbox' }))
  await page.keyboard.press('Enter')
  await expect(nav.getByRole('link', { name: 'Backend Clusters' })).toBeVisible()
  await tabTo(page, nav.getByRole('link', { name: 'Backend Clusters' }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('link', { name: 'New backend cluster' }))
  await page.keyboard.press('Enter')

  await tabTo(page, page.getByLabel('Name'))
  await page.keyboard.type('example-backend-cluster')
  await tabTo(page, page.getByLabel('Bootstrap servers'))
  await page.keyboard.type('host:9092')
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('combobox', { name: 'Authentication' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('option', { name: 'Anonymous' })).toBeFocused()
  await page.keyboard.press('Enter')
  await tabTo(
    page,
    page.getByRole('checkbox', { name: 'Allow anonymous authentication from virtual clusters' }),
  )
  await page.keyboard.press('Space')

  const posted = page.waitForRequest((request) => request.method() === 'POST')
  await tabTo(page, page.getByRole('button', { name: 'Save' }))
  await page.keyboard.press('Enter')
  expect((await posted).postDataJSON()).toEqual({
    name: 'example-backend-cluster',
    bootstrap_servers: ['host:9092'],
    authentication: { type: 'anonymous' },
    insecure_allow_anonymous_virtual_cluster_auth: true,
    tls: { enabled: false, insecure_skip_verify: false },
  })
  await expect(
    page.getByRole('heading', { level: 1, name: 'example-backend-cluster' }),
  ).toBeVisible()
})
