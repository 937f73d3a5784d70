import type { Page, Request } from '@playwright/test'
import { NORTHWIND_ROOT_CA_PEM } from '../src/mocks/seed/seed-certificates'
import { SEED_GATEWAYS } from '../src/mocks/seed/seed-gateways'
import { expect, expectNoAxeViolations, test } from './fixtures'

const payments = SEED_GATEWAYS.payments
const newPath = (gatewayId: string) => `/event-gateways/${gatewayId}/backend-clusters/new`

function isClusterPost(request: Request) {
  return request.method() === 'POST' && request.url().endsWith('/backend-clusters')
}

async function addServer(page: Page, server: string) {
  await page.getByLabel('Bootstrap servers').fill(server)
  await page.getByLabel('Bootstrap servers').press('Enter')
}

test('creates a SCRAM-SHA-512 cluster with TLS, a CA bundle and labels', async ({ page }) => {
  await page.goto(newPath(payments.id))
  await page.getByLabel('Name', { exact: true }).fill('settlements-replica')
  await page
    .getByLabel('Bootstrap servers')
    .fill('b-1.msk.example.com:9096, b-2.msk.example.com:9096')
  await page.getByLabel('Bootstrap servers').blur()
  await expect(page.getByRole('button', { name: 'b-2.msk.example.com:9096' })).toBeVisible()

  await page.getByRole('combobox', { name: 'Authentication' }).click()
  await page.getByRole('option', { name: 'SASL/SCRAM-SHA-512' }).click()
  await page.getByLabel('Username').fill('settlements-svc')
  const password = page.getByLabel('Password', { exact: true })
  await password.fill('s3cr3t-Pa55!')
  await expect(password).toHaveAttribute('type', 'password')
  await page.getByRole('button', { name: 'Show password' }).click()
  await expect(password).toHaveAttribute('type', 'text')
  await page.getByRole('button', { name: 'Hide password' }).click()

  await page.getByRole('switch', { name: 'Enable TLS' }).check()
  await page.getByLabel('CA bundle').fill(NORTHWIND_ROOT_CA_PEM)
  await expect(page.getByText(/Northwind Kafka Root CA/).first()).toBeVisible()

  await page.getByRole('button', { name: 'Add label' }).click()
  const first = page.getByRole('group', { name: 'Label 1' })
  await first.getByLabel('Key').fill('team')
  await first.getByLabel('Value').fill('settlements')
  await page.getByRole('button', { name: 'Add label' }).click()
  const second = page.getByRole('group', { name: 'Label 2' })
  await second.getByLabel('Key').fill('env')
  await second.getByLabel('Value').fill('prod')

  // The preview shows the configuration, never the password.
  const preview = page.getByRole('region', { name: 'Configuration' })
  await preview.getByRole('tab', { name: 'Terraform' }).click()
  const terraform = preview.getByRole('region', { name: 'Terraform resource' })
  await expect(terraform).toContainText('konnect_event_gateway_backend_cluster')
  await expect(terraform).toContainText('var.backend_cluster_password')
  for (const tab of ['Konnect API', 'curl', 'Terraform', 'YAML']) {
    await preview.getByRole('tab', { name: tab }).click()
    await expect(preview.getByRole('tabpanel')).not.toContainText('s3cr3t-Pa55!')
  }
  await expectNoAxeViolations(page)

  const posted = page.waitForRequest(isClusterPost)
  await page.getByRole('button', { name: 'Save' }).click()
  const body = (await posted).postDataJSON() as Record<string, unknown>
  expect(body).toEqual({
    name: 'settlements-replica',
    bootstrap_servers: ['b-1.msk.example.com:9096', 'b-2.msk.example.com:9096'],
    authentication: {
      type: 'sasl_scram',
      algorithm: 'sha512',
      username: 'settlements-svc',
      password: 's3cr3t-Pa55!',
    },
    insecure_allow_anonymous_virtual_cluster_auth: false,
    tls: { enabled: true, insecure_skip_verify: false, ca_bundle: NORTHWIND_ROOT_CA_PEM },
    labels: { team: 'settlements', env: 'prod' },
  })
  await expect(page.getByRole('heading', { level: 1, name: 'settlements-replica' })).toBeVisible()
  await expect(page.locator('body')).not.toContainText('s3cr3t-Pa55!')
})

test('bad input shows errors at the fields and sends nothing', async ({ page }) => {
  const posts: Request[] = []
  page.on('request', (request) => {
    if (isClusterPost(request)) posts.push(request)
  })
  await page.goto(newPath(payments.id))
  await page.getByLabel('Name', { exact: true }).fill('-bad name-')
  await addServer(page, 'kafka.internal')
  await addServer(page, 'kafka.internal:70000')
  await page.getByLabel('Metadata update interval (seconds)').fill('0')
  await page.getByRole('button', { name: 'Add label' }).click()
  await page.getByRole('group', { name: 'Label 1' }).getByLabel('Key').fill('kong-owner')
  await page.getByRole('group', { name: 'Label 1' }).getByLabel('Value').fill('ok')
  await page.getByRole('button', { name: 'Save' }).click()

  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused()
  await expect(page.getByLabel('Bootstrap servers')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Metadata update interval (seconds)')).toHaveAttribute(
    'aria-invalid',
    'true',
  )
  await expect(page.getByRole('group', { name: 'Label 1' }).getByLabel('Key')).toHaveAttribute(
    'aria-invalid',
    'true',
  )
  await expectNoAxeViolations(page)
  expect(posts).toHaveLength(0)
})

test.describe('server errors', () => {
  test.use({ allowedConsoleErrors: /status of 409/ })

  test('a duplicate name shows the 409 on Name and keeps every value', async ({ page }) => {
    await page.goto(newPath(payments.id))
    await page.getByLabel('Name', { exact: true }).fill('payments-core')
    await expect(page.getByText(/already used in this gateway/)).toBeVisible()
    await page.getByLabel('Description').fill('Second try')
    await addServer(page, 'kafka-9.payments.prod.internal:9093')
    await page.getByRole('combobox', { name: 'Authentication' }).click()
    await page.getByRole('option', { name: 'SASL/PLAIN' }).click()
    await page.getByLabel('Username').fill('svc-payments')
    await page.getByLabel('Password', { exact: true }).fill('hunter2-but-longer')
    await page.getByRole('switch', { name: 'Enable TLS' }).check()

    const answer = page.waitForResponse((response) => isClusterPost(response.request()))
    await page.getByRole('button', { name: 'Save' }).click()
    expect((await answer).status()).toBe(409)

    const name = page.getByLabel('Name', { exact: true })
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toBeFocused()
    await expect(
      page.getByText(/A backend cluster named "payments-core" already exists/),
    ).toBeVisible()
    await expect(name).toHaveValue('payments-core')
    await expect(page.getByLabel('Description')).toHaveValue('Second try')
    await expect(
      page.getByRole('button', { name: 'kafka-9.payments.prod.internal:9093' }),
    ).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Authentication' })).toHaveText('SASL/PLAIN')
    await expect(page.getByLabel('Username')).toHaveValue('svc-payments')
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('hunter2-but-longer')
    await expect(page.getByRole('switch', { name: 'Enable TLS' })).toBeChecked()
    await expectNoAxeViolations(page)
  })
})

test('mTLS is disabled with the reason on a runtime 1.0 gateway', async ({ page }) => {
  await page.goto(newPath(SEED_GATEWAYS.legacy.id))
  await page.getByRole('switch', { name: 'Enable TLS' }).check()
  const mtls = page.getByRole('switch', { name: 'Present a client certificate (mTLS)' })
  await expect(mtls).toBeDisabled()
  await expect(
    page.getByText(/need Event Gateway runtime 1.1 or later; this gateway runs 1.0/),
  ).toBeVisible()
})
