// A virtual cluster created through the production server: Konnect gets it with the server's token,
// a principal's password reaches Konnect and nothing else, and the backend cluster shows who uses it.
import { SEED_CLUSTERS } from '../../src/mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../../src/mocks/seed/seed-gateways'
import { expectNoAxeViolations } from '../fixtures'
import { expect, test, TEST_TOKEN } from './konnect-fixtures'

const payments = SEED_GATEWAYS.payments
const destination = SEED_CLUSTERS.paymentsDev
const PASSWORD = 'konnect-e2e-principal-secret'

test('creates a virtual cluster through the production server', async ({ page, upstream }) => {
  await page.goto(`/event-gateways/${payments.id}/backend-clusters/${destination.id}`)
  await page
    .getByRole('region', { name: 'Used by' })
    .getByRole('link', { name: 'New virtual cluster' })
    .click()
  await expect(page.getByRole('combobox', { name: 'Backend cluster' })).toHaveValue(
    destination.name,
  )
  await page.getByRole('textbox', { name: 'Name' }).fill('konnect-e2e-virtual')
  await page.getByRole('button', { name: 'Add authentication method' }).click()
  await page.getByRole('menuitem', { name: 'SASL/PLAIN' }).click()
  const plain = page.getByRole('listitem', { name: '1. SASL/PLAIN' })
  await plain.getByRole('combobox', { name: 'Mediation' }).click()
  await page.getByRole('option', { name: 'Terminate' }).click()
  await plain.getByRole('button', { name: 'Add principal' }).click()
  const principal = plain.getByRole('group', { name: 'Principal 1' })
  await principal.getByRole('textbox', { name: 'Username' }).fill('e2e-client')
  await principal.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Save' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'konnect-e2e-virtual' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Authentication' })).toContainText(
    'Stored — hidden',
  )
  await expect(page.locator('body')).not.toContainText(PASSWORD)
  await expectNoAxeViolations(page)

  // Konnect holds it: a fresh load of the backend cluster lists it as a user.
  await page.goto(`/event-gateways/${payments.id}/backend-clusters/${destination.id}`)
  await expect(
    page
      .getByRole('region', { name: 'Used by' })
      .getByRole('link', { name: 'konnect-e2e-virtual' }),
  ).toBeVisible()

  const routed = upstream.store.listVirtualClusters(payments.id, {
    size: 100,
    equals: { backend_cluster_id: destination.id },
  })
  expect(routed?.items.map((item) => item.name)).toEqual(['konnect-e2e-virtual'])
  expect(upstream.requests.map((call) => `${call.method} ${call.url}`)).toContain(
    `POST /v1/event-gateways/${payments.id}/virtual-clusters`,
  )
  for (const call of upstream.requests) {
    expect(call.headers.authorization, `${call.method} ${call.url}`).toBe(`Bearer ${TEST_TOKEN}`)
  }
})
