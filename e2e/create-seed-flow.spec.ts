import { expect, expectNoAxeViolations, test } from './fixtures'

const SEED_BODY = {
  name: 'example-backend-cluster',
  bootstrap_servers: ['host:9092'],
  authentication: { type: 'anonymous' },
  insecure_allow_anonymous_virtual_cluster_auth: true,
  tls: { enabled: false, insecure_skip_verify: false },
}

test('the seed flow creates example-backend-cluster by clicking from the start page', async ({
  page,
}) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Event Gateway' }).click()
  await page
    .getByRole('table', { name: 'Event gateways' })
    .getByRole('link', { name: 'platform-sandbox' })
    .click()
  await nav.getByRole('link', { name: 'Backend Clusters' }).click()
  await page.getByRole('link', { name: 'New backend cluster' }).click()

  await page.getByLabel('Name').fill('example-backend-cluster')
  await page.getByLabel('Bootstrap servers').fill('host:9092')
  await page.getByRole('combobox', { name: 'Authentication' }).click()
  await page.getByRole('option', { name: 'Anonymous' }).click()
  await page
    .getByRole('checkbox', { name: 'Allow anonymous authentication from virtual clusters' })
    .check()
  await expectNoAxeViolations(page)

  const request = page.waitForRequest(
    (req) => req.method() === 'POST' && req.url().endsWith('/backend-clusters'),
  )
  await page.getByRole('button', { name: 'Save' }).click()
  const sent = await request
  expect(new URL(sent.url()).pathname).toMatch(
    /^\/api\/konnect\/event-gateways\/[0-9a-f-]{36}\/backend-clusters$/,
  )
  expect(sent.postDataJSON()).toEqual(SEED_BODY)
  expect(sent.postData()).toBe(JSON.stringify(SEED_BODY))

  await expect(page.getByRole('alert').filter({ hasText: 'created' })).toBeVisible()
  await expect(
    page.getByRole('heading', { level: 1, name: 'example-backend-cluster' }),
  ).toBeVisible()

  await nav.getByRole('link', { name: 'Backend Clusters' }).click()
  const row = page
    .getByRole('table', { name: 'Backend clusters' })
    .getByRole('row', { name: /example-backend-cluster/ })
  await expect(row).toContainText('host:9092')
  await expect(row).toContainText('Anonymous')
})
