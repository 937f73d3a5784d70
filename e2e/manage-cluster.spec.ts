import type { Request } from '@playwright/test'
import { SEED_GATEWAYS } from '../src/mocks/seed/seed-gateways'
import { expect, expectNoAxeViolations, test } from './fixtures'

const gateway = SEED_GATEWAYS.orders
const PASSWORD = 'Plain-Secret-4-e2e'

test('create, find, inspect, edit, duplicate and delete a SASL/PLAIN cluster by clicking', async ({
  page,
}) => {
  // Six flows in one test: on a busy 2-core runner it has taken 50 s, over the 45 s default.
  test.slow()
  const puts: Request[] = []
  page.on('request', (request) => {
    if (request.method() === 'PUT') puts.push(request)
  })

  // Create
  await page.goto(`/event-gateways/${gateway.id}/backend-clusters`)
  await page.getByRole('link', { name: 'New backend cluster' }).first().click()
  await page.getByLabel('Name', { exact: true }).fill('audit-stream')
  await page.getByLabel('Bootstrap servers').fill('kafka-1.audit.internal:9093')
  await page.getByLabel('Bootstrap servers').press('Enter')
  await page.getByRole('combobox', { name: 'Authentication' }).click()
  await page.getByRole('option', { name: 'SASL/PLAIN' }).click()
  await page.getByLabel('Username').fill('audit-writer')
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await page.getByRole('switch', { name: 'Enable TLS' }).check()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'audit-stream' })).toBeVisible()

  // Find it by search
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Backend Clusters' })
    .click()
  await page.getByLabel('Search by name').fill('audit')
  await expect(page).toHaveURL(/q=audit/)
  const table = page.getByRole('table', { name: 'Backend clusters' })
  await expect(table.getByRole('row')).toHaveCount(2)
  await expectNoAxeViolations(page)
  await table.getByRole('link', { name: 'audit-stream' }).click()

  // The detail shows the password as stored, not its value
  const auth = page.getByRole('region', { name: 'Authentication' })
  await expect(auth).toContainText('Stored — hidden')
  await expect(page.locator('body')).not.toContainText(PASSWORD)
  await expectNoAxeViolations(page)

  // Edit only the description; the PUT carries no password
  await page.getByRole('link', { name: 'Edit' }).click()
  await expect(page.getByText('Stored — hidden')).toBeVisible()
  await page.getByLabel('Description').fill('Audit events for compliance')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Save' }).click()
  const review = page.getByRole('dialog', { name: 'Review changes' })
  await expect(review.getByRole('table', { name: 'Your changes' })).toContainText(
    'Audit events for compliance',
  )
  await expectNoAxeViolations(page)
  const put = page.waitForRequest((request) => request.method() === 'PUT')
  await review.getByRole('button', { name: 'Save changes' }).click()
  const body = (await put).postDataJSON() as { authentication: Record<string, unknown> }
  expect(body.authentication).toEqual({ type: 'sasl_plain', username: 'audit-writer' })
  expect(puts).toHaveLength(1)
  await expect(page.getByRole('heading', { level: 1, name: 'audit-stream' })).toBeVisible()
  await expect(page.getByText('Audit events for compliance').first()).toBeVisible()

  // Duplicate
  await page.getByRole('link', { name: 'Duplicate' }).click()
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('audit-stream-copy')
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('')
  await page.getByLabel('Password', { exact: true }).fill('another-Secret-1')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'audit-stream-copy' })).toBeVisible()

  // Delete the copy by typing its name
  await page.getByRole('button', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete backend cluster?' })
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled()
  await expectNoAxeViolations(page)
  await dialog.getByLabel('Type audit-stream-copy to confirm').fill('audit-stream-copy')
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Backend Clusters' })).toBeVisible()
  await page.getByLabel('Search by name').fill('audit')
  await expect(table.getByRole('link', { name: 'audit-stream', exact: true })).toBeVisible()
  await expect(table.getByRole('link', { name: 'audit-stream-copy' })).toHaveCount(0)
})

test('deletes a cluster by keyboard alone', async ({ page }) => {
  await page.goto(`/event-gateways/${gateway.id}/backend-clusters?q=orders-msk`)
  const row = page.getByRole('row', { name: /orders-msk/ })
  const actions = row.getByRole('button', { name: 'Actions for orders-msk' })
  await actions.focus()
  await page.keyboard.press('Enter')
  const remove = page.getByRole('menuitem', { name: 'Delete' })
  await expect(page.getByRole('menuitem', { name: 'View' })).toBeFocused()
  while (!(await remove.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('ArrowDown')
  }
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Delete backend cluster?' })
  await expect(dialog.getByLabel('Type orders-msk to confirm')).toBeFocused()
  await page.keyboard.type('orders-msk')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('row', { name: /orders-msk/ })).toHaveCount(0)
  await expect(page.getByRole('alert').filter({ hasText: 'deleted' })).toBeVisible()
})
