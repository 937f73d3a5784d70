// Not a test of behaviour: captures the main screens in light and dark for people to look at
// (`npm run screenshots`, into test-results/screens/) and refreshes the README's picture.
import { SEED_CLUSTERS, SEED_VIRTUAL_CLUSTERS } from '../src/mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../src/mocks/seed/seed-gateways'
import { test } from './fixtures'

const payments = SEED_GATEWAYS.payments.id
const SCREENS = [
  { name: 'gateways', path: '/event-gateways' },
  { name: 'clusters', path: `/event-gateways/${payments}/backend-clusters` },
  {
    name: 'cluster',
    path: `/event-gateways/${payments}/backend-clusters/${SEED_CLUSTERS.paymentsMtls.id}`,
  },
  { name: 'new', path: `/event-gateways/${payments}/backend-clusters/new` },
  { name: 'virtual-clusters', path: `/event-gateways/${payments}/virtual-clusters` },
  {
    name: 'virtual-cluster',
    path: `/event-gateways/${payments}/virtual-clusters/${SEED_VIRTUAL_CLUSTERS.paymentsPublic.id}`,
  },
  {
    name: 'cluster-used-by',
    path: `/event-gateways/${payments}/backend-clusters/${SEED_CLUSTERS.paymentsCore.id}`,
  },
]

for (const scheme of ['light', 'dark'] as const) {
  test.describe(scheme, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1440, height: 960 } })

    for (const screen of SCREENS) {
      test(screen.name, async ({ page }) => {
        await page.goto(screen.path)
        await page.getByRole('heading', { level: 1 }).waitFor()
        await page.screenshot({
          path: `test-results/screens/${screen.name}-${scheme}.png`,
          fullPage: true,
        })
      })
    }

    test('new with errors', async ({ page }) => {
      await page.goto(`/event-gateways/${payments}/backend-clusters/new`)
      await page.getByLabel('Name', { exact: true }).fill('-bad-')
      await page.getByRole('combobox', { name: 'Authentication' }).click()
      await page.getByRole('option', { name: 'SASL/PLAIN' }).click()
      await page.getByRole('switch', { name: 'Enable TLS' }).check()
      await page.getByRole('checkbox', { name: 'Skip certificate verification' }).check()
      await page.getByRole('button', { name: 'Save' }).click()
      await page.getByLabel('Name', { exact: true }).focus()
      await page.screenshot({
        path: `test-results/screens/new-errors-${scheme}.png`,
        fullPage: true,
      })
    })
  })
}

test('README screenshot', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(`/event-gateways/${payments}/backend-clusters/new`)
  await page.getByLabel('Name', { exact: true }).fill('orders-replica')
  await page.getByLabel('Bootstrap servers').fill('b-1.msk-orders.eu-west-1.amazonaws.com:9096')
  await page.getByLabel('Bootstrap servers').press('Enter')
  await page.getByRole('combobox', { name: 'Authentication' }).click()
  await page.getByRole('option', { name: 'SASL/SCRAM-SHA-512' }).click()
  await page.getByLabel('Username').fill('orders-replicator')
  await page.getByLabel('Password', { exact: true }).fill('not-shown-anywhere')
  await page.getByRole('tab', { name: 'Terraform' }).click()
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: 'docs/screenshot.png' })
})

// The virtual-cluster form: several methods expanded, with errors, in light and dark; and an edit.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`virtual cluster form, ${scheme}`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1440, height: 960 } })

    test('new virtual cluster with errors', async ({ page }) => {
      await page.goto(`/event-gateways/${payments}/virtual-clusters/new`)
      await page.getByRole('textbox', { name: 'Name' }).fill('Storefront EU')
      await page.getByRole('combobox', { name: 'Backend cluster' }).click()
      await page.getByRole('option', { name: /^payments-core/ }).click()
      for (const method of ['SASL/PLAIN', 'OAuth bearer', 'Anonymous']) {
        await page.getByRole('button', { name: 'Add authentication method' }).click()
        await page.getByRole('menuitem', { name: method }).click()
      }
      const plain = page.getByRole('listitem', { name: '1. SASL/PLAIN' })
      await plain.getByRole('combobox', { name: 'Mediation' }).click()
      await page.getByRole('option', { name: 'Terminate' }).click()
      await plain.getByRole('button', { name: 'Add principal' }).click()
      await plain.getByRole('textbox', { name: 'Username' }).fill('checkout-web')
      const oauth = page.getByRole('listitem', { name: '2. OAuth bearer' })
      await oauth.getByRole('combobox', { name: 'Mediation' }).click()
      await page.getByRole('option', { name: 'Validate and forward' }).click()
      await page.getByRole('combobox', { name: 'ACL mode' }).click()
      await page.getByRole('option', { name: 'Enforce on gateway' }).click()
      await page.getByRole('switch', { name: 'Use a namespace' }).check()
      await page.getByRole('button', { name: 'Save' }).click()
      await page.getByRole('tab', { name: 'Terraform' }).click()
      await page.screenshot({
        path: `test-results/screens/vc-new-errors-${scheme}.png`,
        fullPage: true,
      })
    })

    test('edit virtual cluster', async ({ page }) => {
      await page.goto(
        `/event-gateways/${payments}/virtual-clusters/${SEED_VIRTUAL_CLUSTERS.paymentsPublic.id}/edit`,
      )
      await page.getByRole('heading', { level: 1 }).waitFor()
      await page.screenshot({ path: `test-results/screens/vc-edit-${scheme}.png`, fullPage: true })
    })
  })
}
