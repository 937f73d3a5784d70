// The virtual-cluster form in real Chromium: accessible with several methods open and errors shown,
// and usable from the keyboard alone, from the first field to the saved virtual cluster.
import { SEED_GATEWAYS } from '../src/mocks/seed/seed-gateways'
import { expect, expectNoAxeViolations, test } from './fixtures'

const NEW = `/event-gateways/${SEED_GATEWAYS.payments.id}/virtual-clusters/new`

test('the new virtual cluster form has no axe violations, methods open and errors shown', async ({
  page,
}) => {
  await page.goto(NEW)
  await page.getByRole('textbox', { name: 'Name' }).fill('Storefront EU')
  await page.getByRole('combobox', { name: 'Backend cluster' }).click()
  await page.getByRole('option', { name: /^payments-core/ }).click()
  for (const method of ['SASL/PLAIN', 'SASL/SCRAM', 'OAuth bearer', 'Anonymous']) {
    await page.getByRole('button', { name: 'Add authentication method' }).click()
    await page.getByRole('menuitem', { name: method }).click()
  }
  const plain = page.getByRole('listitem', { name: '1. SASL/PLAIN' })
  await plain.getByRole('combobox', { name: 'Mediation' }).click()
  await page.getByRole('option', { name: 'Terminate' }).click()
  await plain.getByRole('button', { name: 'Add principal' }).click()
  await page.getByRole('switch', { name: 'Use a namespace' }).check()
  await page.getByRole('button', { name: 'Add topics' }).click()
  await page.getByRole('button', { name: 'Add topic alias' }).click()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('listitem', { name: '4. Anonymous' })).toContainText(
    'payments-core does not allow anonymous authentication',
  )
  await expectNoAxeViolations(page)
})

test('a virtual cluster can be created with the keyboard alone', async ({ page }) => {
  await page.goto(NEW)
  const name = page.getByRole('textbox', { name: 'Name' })
  await expect(name).toBeFocused()
  await page.keyboard.type('keyboard-only')
  // Description, DNS label (already suggested), then the backend cluster.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('textbox', { name: 'DNS label' })).toHaveValue('keyboard-only')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('combobox', { name: 'Backend cluster' })).toBeFocused()
  await page.keyboard.type('payouts')
  await page.getByRole('option', { name: /^payouts-staging/ }).waitFor()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('combobox', { name: 'Backend cluster' })).toHaveValue(
    'payouts-staging',
  )

  // The methods: add one from the menu, then another, and move the second up.
  await page.getByRole('button', { name: 'Add authentication method' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('menuitem', { name: 'Anonymous' }).waitFor()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: '1. Anonymous' })).toBeFocused()
  await page.getByRole('button', { name: 'Add authentication method' }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: '2. SASL/SCRAM' })).toBeFocused()
  // Heading → Move up.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Move SASL/SCRAM up' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: '1. SASL/SCRAM' })).toBeFocused()

  await page.getByRole('button', { name: 'Save' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('New virtual cluster')
  await expect(page.getByText('Virtual cluster "keyboard-only" created.')).toBeVisible()
})
