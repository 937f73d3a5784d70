// Sign-in mode through the production server: each person signs in with their own token, which
// stays on the server in an HttpOnly cookie; Konnect sees that token on every call.
import { SEED_GATEWAYS } from '../../src/mocks/seed/seed-gateways'
import { expectNoAxeViolations } from '../fixtures'
import { expect, PERSONAL_TOKEN, readableByScript, test } from './sign-in-fixtures'

const payments = SEED_GATEWAYS.payments

test('signs in, works with the person’s own token, and signs out', async ({
  page,
  context,
  upstream,
}) => {
  await page.goto(`/event-gateways/${payments.id}/backend-clusters`)
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Konnect' })).toBeVisible()
  await expect(page.getByRole('navigation')).toHaveCount(0)
  expect(upstream.requests).toHaveLength(0)
  await expectNoAxeViolations(page)

  await page.getByLabel('Personal access token').fill(PERSONAL_TOKEN)
  await page.getByRole('button', { name: 'Sign in' }).click()

  // The page asked for is the one shown, with the person's data.
  const table = page.getByRole('table', { name: 'Backend clusters' })
  await expect(table.getByRole('link', { name: 'payments-core' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  // Konnect saw the person's token on every call, the one that checked it included.
  expect(upstream.requests.length).toBeGreaterThan(1)
  for (const call of upstream.requests) {
    expect(call.headers.authorization, call.url).toBe(`Bearer ${PERSONAL_TOKEN}`)
  }
  // The token lives in a cookie page script cannot read, and nowhere else on the page.
  const [cookie] = await context.cookies()
  expect(cookie).toMatchObject({ name: 'egc_session', httpOnly: true, sameSite: 'Strict' })
  expect(cookie?.value).not.toContain(PERSONAL_TOKEN)
  const readable = await readableByScript(page)
  expect(readable).not.toContain(PERSONAL_TOKEN)
  expect(readable).not.toContain('egc_session')

  // A reload keeps the session: the server writes it into the page.
  await page.reload()
  await expect(table.getByRole('link', { name: 'payments-core' })).toBeVisible()

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Konnect' })).toBeVisible()
  await expect(page.getByText('You are signed out.')).toBeVisible()
  expect(await context.cookies()).toEqual([])
  // Nothing fetched before is shown any more, even after a reload.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Konnect' })).toBeVisible()
  await expect(page.getByText('payments-core')).toHaveCount(0)
})

test('a wrong token keeps the person on the sign-in page with Konnect’s reason', async ({
  page,
  context,
}) => {
  await page.goto('/event-gateways')
  await page.getByLabel('Personal access token').fill('kpat_notTheRightToken0000')
  await page.getByRole('button', { name: 'Sign in' }).click()

  const alert = page.getByRole('alert', { name: 'Konnect rejected this token' })
  await expect(alert).toContainText('Invalid credentials. Token is invalid or expired.')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Konnect' })).toBeVisible()
  await expect(page.getByLabel('Personal access token')).toBeFocused()
  expect(await context.cookies()).toEqual([])
  await expectNoAxeViolations(page)
})

test('Konnect rejecting the token mid-use asks to sign in again over the page', async ({
  page,
  upstream,
}) => {
  await page.goto('/event-gateways')
  await page.getByLabel('Personal access token').fill(PERSONAL_TOKEN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('link', { name: payments.name })).toBeVisible()

  upstream.revokeToken()
  await page.getByRole('link', { name: payments.name }).click()
  const dialog = page.getByRole('dialog', { name: 'Sign in to Konnect' })
  await expect(dialog).toContainText('Your token was rejected or has expired')
  await expectNoAxeViolations(page)

  upstream.reset()
  await dialog.getByLabel('Personal access token').fill(PERSONAL_TOKEN)
  await dialog.getByRole('button', { name: 'Sign in' }).click()
  await expect(dialog).toBeHidden()
  const table = page.getByRole('table', { name: 'Backend clusters' })
  await expect(table.getByRole('link', { name: 'payments-core' })).toBeVisible()
})

test('an idle session expires, and signing in again carries on where the person was', async ({
  page,
  startServer,
}) => {
  // SESSION_IDLE_MINUTES=0.05: three seconds without a call ends the session.
  const server = await startServer({ sessionIdleMinutes: 0.05 })
  await page.goto(`${server.url}/event-gateways/${payments.id}/backend-clusters`)
  await page.getByLabel('Personal access token').fill(PERSONAL_TOKEN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const search = page.getByLabel('Search by name')
  await expect(search).toBeVisible()

  // Each new search is a call, and every call keeps the session alive; retried only after a
  // pause longer than the idle time, a search finds the session over.
  const dialog = page.getByRole('dialog', { name: 'Sign in to Konnect' })
  // Different searches, so none is answered from the cache; each still finds payments-core.
  const searches = ['core', 'cor', 'ore', '-core', 's-core', 'ts-core', 'nts-core']
  let attempt = 0
  await expect(async () => {
    await search.fill(searches[attempt % searches.length] ?? 'core')
    attempt += 1
    await expect(dialog).toBeVisible({ timeout: 1_000 })
  }).toPass({ intervals: [4_000], timeout: 20_000 })
  await expect(dialog).toContainText(/session expired/i)

  await dialog.getByLabel('Personal access token').fill(PERSONAL_TOKEN)
  await dialog.getByRole('button', { name: 'Sign in' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('link', { name: 'payments-core' })).toBeVisible()
})
