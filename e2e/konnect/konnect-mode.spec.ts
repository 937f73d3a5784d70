// The production server in Konnect mode, against a fake Konnect on 127.0.0.1.
import { SEED_GATEWAYS } from '../../src/mocks/seed/seed-gateways'
import { expectNoAxeViolations } from '../fixtures'
import { expect, test, TEST_TOKEN } from './konnect-fixtures'

const payments = SEED_GATEWAYS.payments

test('the top bar names the Konnect host and the list shows the clusters Konnect holds', async ({
  page,
  upstream,
}) => {
  await page.goto('/')
  const banner = page.getByRole('banner')
  await expect(banner).toContainText(`Konnect · ${new URL(upstream.apiUrl).host}`)
  await expect(banner).not.toContainText('Demo data')

  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Event Gateway' }).click()
  await page
    .getByRole('table', { name: 'Event gateways' })
    .getByRole('link', { name: payments.name })
    .click()
  await nav.getByRole('link', { name: 'Backend Clusters' }).click()
  const clusters = page.getByRole('table', { name: 'Backend clusters' })
  await expect(clusters.getByRole('link', { name: 'payments-core' })).toBeVisible()
  await expect(clusters.getByRole('row', { name: /fraud-scoring/ })).toContainText('SASL/PLAIN')
  await expectNoAxeViolations(page)
})

test('creates a cluster end to end; Konnect gets the token on every call, the browser never', async ({
  page,
  upstream,
  secretWatch,
}) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Event Gateway' }).click()
  await page
    .getByRole('table', { name: 'Event gateways' })
    .getByRole('link', { name: payments.name })
    .click()
  await nav.getByRole('link', { name: 'Backend Clusters' }).click()
  await page.getByRole('link', { name: 'New backend cluster' }).click()

  await page.getByLabel('Name', { exact: true }).fill('konnect-e2e-cluster')
  await page.getByLabel('Bootstrap servers').fill('kafka-1.e2e.internal:9092')
  await page.getByLabel('Bootstrap servers').press('Enter')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'konnect-e2e-cluster' })).toBeVisible()

  await nav.getByRole('link', { name: 'Backend Clusters' }).click()
  const row = page
    .getByRole('table', { name: 'Backend clusters' })
    .getByRole('row', { name: /konnect-e2e-cluster/ })
  await expect(row).toContainText('kafka-1.e2e.internal:9092')
  // Konnect holds it now, not the browser: a fresh load still lists it.
  await page.reload()
  await expect(row).toContainText('kafka-1.e2e.internal:9092')

  const calls = upstream.requests
  expect(calls.map((call) => `${call.method} ${call.url}`)).toContain(
    `POST /v1/event-gateways/${payments.id}/backend-clusters`,
  )
  for (const call of calls) {
    expect(call.headers.authorization, `${call.method} ${call.url}`).toBe(`Bearer ${TEST_TOKEN}`)
  }

  const apiCalls = secretWatch.requestUrls().filter((url) => url.includes('/api/konnect/'))
  expect(apiCalls.length).toBeGreaterThan(0)
  expect(await secretWatch.findings()).toEqual([])
})
