// What uses what, end to end in the demo: a SASL/PLAIN virtual cluster with Terminate and two
// principals routed to a backend cluster; that backend cluster lists it under "Used by" and cannot be
// deleted while it does; once the virtual cluster is gone, it can.
import type { Page, Request } from '@playwright/test'
import { SEED_CLUSTERS, SEED_VIRTUAL_CLUSTERS } from '../src/mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../src/mocks/seed/seed-gateways'
import { expect, expectNoAxeViolations, test } from './fixtures'

const gateway = SEED_GATEWAYS.payments
const target = SEED_CLUSTERS.paymentsDev
const NAME = 'orders-terminate'
const PASSWORDS = ['alice-secret-0451', 'bob-secret-9912']

/** Presses Tab until `name` has the focus: reaching a control the way a keyboard user does. */
async function tabTo(page: Page, role: 'button' | 'link' | 'textbox' | 'combobox', name: string) {
  const control = page.getByRole(role, { name, exact: true }).first()
  for (let presses = 0; presses < 60; presses += 1) {
    if (await control.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${role} "${name}"`)
}

function watchDeletes(page: Page): Request[] {
  const deletes: Request[] = []
  page.on('request', (request) => {
    if (request.method() === 'DELETE') deletes.push(request)
  })
  return deletes
}

async function expectCreatedBody(post: Promise<Request>) {
  const body = (await post).postDataJSON() as Record<string, unknown>
  expect(body).toMatchObject({
    name: NAME,
    destination: { id: target.id },
    authentication: [
      {
        type: 'sasl_plain',
        mediation: 'terminate',
        principals: [
          { username: 'alice', password: PASSWORDS[0] },
          { username: 'bob', password: PASSWORDS[1] },
        ],
      },
    ],
    dns_label: NAME,
  })
}

test('create a terminating SASL/PLAIN virtual cluster by clicking; its backend cluster is then in use', async ({
  page,
}) => {
  const deletes = watchDeletes(page)
  await page.goto(`/event-gateways/${gateway.id}/virtual-clusters`)
  await expect(page.getByRole('table', { name: 'Virtual clusters' })).toHaveAttribute(
    'aria-busy',
    'false',
  )
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'New virtual cluster' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New virtual cluster' })).toBeVisible()

  await page.getByRole('textbox', { name: 'Name' }).fill(NAME)
  await expect(page.getByRole('textbox', { name: 'DNS label' })).toHaveValue(NAME)
  await page.getByRole('combobox', { name: 'Backend cluster' }).click()
  await page.getByRole('combobox', { name: 'Backend cluster' }).fill('payments-d')
  await page.getByRole('option', { name: target.name }).click()
  await page.getByRole('button', { name: 'Add authentication method' }).click()
  await page.getByRole('menuitem', { name: 'SASL/PLAIN' }).click()
  const plain = page.getByRole('listitem', { name: '1. SASL/PLAIN' })
  await plain.getByRole('combobox', { name: 'Mediation' }).click()
  await page.getByRole('option', { name: 'Terminate' }).click()
  for (const [index, username] of ['alice', 'bob'].entries()) {
    await plain.getByRole('button', { name: 'Add principal' }).click()
    const principal = plain.getByRole('group', { name: `Principal ${String(index + 1)}` })
    await principal.getByRole('textbox', { name: 'Username' }).fill(username)
    const password = principal.getByLabel('Password', { exact: true })
    await expect(password).toHaveAttribute('type', 'password')
    await password.fill(PASSWORDS[index] ?? '')
  }
  // The preview never shows the typed passwords.
  await expect(page.getByRole('region', { name: 'Configuration' })).not.toContainText(
    PASSWORDS[0] ?? '',
  )
  await expectNoAxeViolations(page)
  const post = page.waitForRequest((request) => request.method() === 'POST')
  await page.getByRole('button', { name: 'Save' }).click()
  await expectCreatedBody(post)

  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible()
  await expect(page.getByText(`Virtual cluster "${NAME}" created.`)).toBeVisible()
  await expect(page.locator('body')).not.toContainText(PASSWORDS[0] ?? '')
  await expectNoAxeViolations(page)

  // The backend cluster lists it under "Used by", and cannot be deleted while it does.
  await page
    .getByRole('region', { name: 'General' })
    .getByRole('link', { name: target.name })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: target.name })).toBeVisible()
  const usedBy = page.getByRole('region', { name: 'Used by' })
  await expect(usedBy.getByRole('link', { name: NAME })).toBeVisible()
  await expect(usedBy).toContainText('SASL/PLAIN (terminate)')
  await page.getByRole('button', { name: 'Delete' }).click()
  const blocked = page.getByRole('dialog', { name: 'Delete backend cluster?' })
  await expect(blocked).toContainText('1 virtual cluster routes to it')
  await expect(blocked.getByRole('link', { name: NAME })).toBeVisible()
  await expect(blocked.getByRole('button', { name: 'Delete' })).toHaveCount(0)
  await expectNoAxeViolations(page)
  await blocked.getByRole('button', { name: 'Close' }).click()
  expect(deletes).toEqual([])

  // Delete the virtual cluster, then the backend cluster deletes.
  await usedBy.getByRole('link', { name: NAME }).click()
  await page.getByRole('button', { name: 'Delete' }).click()
  const deleteVirtual = page.getByRole('dialog', { name: 'Delete virtual cluster?' })
  await deleteVirtual.getByLabel(`Type ${NAME} to confirm`).fill(NAME)
  await deleteVirtual.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual Clusters' })).toBeVisible()
  await expect(page.getByText(`Virtual cluster "${NAME}" deleted.`)).toBeVisible()

  await page.goto(`/event-gateways/${gateway.id}/backend-clusters/${target.id}`)
  await expect(
    page
      .getByRole('region', { name: 'Used by' })
      .getByText('No virtual clusters use this backend cluster.'),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Delete' }).click()
  const deleteBackend = page.getByRole('dialog', { name: 'Delete backend cluster?' })
  await deleteBackend.getByLabel(`Type ${target.name} to confirm`).fill(target.name)
  await deleteBackend.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByText(`Backend cluster "${target.name}" deleted.`)).toBeVisible()
  expect(deletes.map((request) => new URL(request.url()).pathname)).toEqual([
    expect.stringMatching(/\/virtual-clusters\/[0-9a-f-]{36}$/) as unknown as string,
    expect.stringMatching(new RegExp(`/backend-clusters/${target.id}$`)) as unknown as string,
  ])
})

test('the same virtual cluster can be created by keyboard alone', async ({ page }) => {
  await page.goto(`/event-gateways/${gateway.id}/backend-clusters/${target.id}`)
  await tabTo(page, 'link', 'New virtual cluster')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'New virtual cluster' })).toBeVisible()
  // Preselected from the backend cluster's page.
  await expect(page.getByRole('combobox', { name: 'Backend cluster' })).toHaveValue(target.name)

  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused()
  await page.keyboard.type(NAME)
  await tabTo(page, 'button', 'Add authentication method')
  await page.keyboard.press('Enter')
  await page.getByRole('menuitem', { name: 'SASL/PLAIN' }).waitFor()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'SASL/PLAIN' })).toBeFocused()
  await page.keyboard.press('Enter')
  await tabTo(page, 'combobox', 'Mediation')
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: 'Terminate' }).waitFor()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('combobox', { name: 'Mediation' })).toHaveText('Terminate')
  for (const [index, username] of ['alice', 'bob'].entries()) {
    await tabTo(page, 'button', 'Add principal')
    await page.keyboard.press('Enter')
    const principal = page.getByRole('group', { name: `Principal ${String(index + 1)}` })
    const usernameBox = principal.getByRole('textbox', { name: 'Username' })
    for (let presses = 0; presses < 20; presses += 1) {
      if (await usernameBox.evaluate((element) => element === document.activeElement)) break
      await page.keyboard.press('Tab')
    }
    await expect(usernameBox).toBeFocused()
    await page.keyboard.type(username)
    await page.keyboard.press('Tab')
    await expect(principal.getByLabel('Password', { exact: true })).toBeFocused()
    await page.keyboard.type(PASSWORDS[index] ?? '')
  }
  const post = page.waitForRequest((request) => request.method() === 'POST')
  await tabTo(page, 'button', 'Save')
  await page.keyboard.press('Enter')
  await expectCreatedBody(post)
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible()
})

test('the edit page of a virtual cluster with every kind of setting has no axe violations', async ({
  page,
}) => {
  const paymentsPublic = SEED_VIRTUAL_CLUSTERS.paymentsPublic
  await page.goto(`/event-gateways/${gateway.id}/virtual-clusters/${paymentsPublic.id}/edit`)
  await expect(page.getByRole('heading', { level: 1, name: 'Edit payments-public' })).toBeVisible()
  await expect(page.getByRole('listitem', { name: '2. OAuth bearer' })).toBeVisible()
  await expectNoAxeViolations(page)
})
