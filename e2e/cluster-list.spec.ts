import type { Locator, Page } from '@playwright/test'
import { SEED_GATEWAYS } from '../src/mocks/seed/seed-gateways'
import { expect, expectNoAxeViolations, test } from './fixtures'

const listPath = (gatewayId: string, query = '') =>
  `/event-gateways/${gatewayId}/backend-clusters${query}`
const analytics = listPath(SEED_GATEWAYS.analytics.id)

function clusterTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Backend clusters' })
}

/** The names on the page, in order (each name is the row's link to the cluster). */
async function shownNames(page: Page): Promise<string[]> {
  const table = clusterTable(page)
  await expect(table).toHaveAttribute('aria-busy', 'false')
  return table.getByRole('link').allTextContents()
}

test('pages through a long list with the pager buttons; reload and Back keep the page', async ({
  page,
}) => {
  await page.goto(analytics)
  await expect(clusterTable(page).getByRole('link').first()).toHaveText('ads-audit')
  const firstPage = await shownNames(page)
  expect(firstPage).toHaveLength(25)
  await expect(page.getByRole('button', { name: 'Go to previous page' })).toBeDisabled()
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Go to next page' }).click()
  await expect(page).toHaveURL(/[?&]after=/)
  await expect(clusterTable(page).getByRole('link').first()).not.toHaveText('ads-audit')
  const secondPage = await shownNames(page)
  expect(secondPage).toHaveLength(25)
  expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([])

  const secondPageUrl = page.url()
  await page.reload()
  await expect(page).toHaveURL(secondPageUrl)
  await expect(clusterTable(page).getByRole('link').first()).toHaveText(secondPage[0] ?? '')
  expect(await shownNames(page)).toEqual(secondPage)

  await page.getByRole('button', { name: 'Go to previous page' }).click()
  await expect(page).not.toHaveURL(/after=/)
  await expect(clusterTable(page).getByRole('link').first()).toHaveText('ads-audit')
  expect(await shownNames(page)).toEqual(firstPage)

  await page.goBack()
  await expect(page).toHaveURL(secondPageUrl)
  await expect(clusterTable(page).getByRole('link').first()).toHaveText(secondPage[0] ?? '')
})

test('searching by name updates the URL and the rows, and Clear search undoes it', async ({
  page,
}) => {
  await page.goto(analytics)
  await expect(clusterTable(page).getByRole('link').first()).toHaveText('ads-audit')

  const search = page.getByLabel('Search by name')
  await search.pressSequentially('clickstream-re')
  await expect(page).toHaveURL(/[?&]q=clickstream-re(&|$)/)
  await expect(clusterTable(page).getByRole('link')).toHaveText([
    'clickstream-realtime',
    'clickstream-replay',
    'clickstream-reporting',
  ])
  await expect(search).toBeFocused()
  await expect(search).toHaveValue('clickstream-re')
  await expect(page.getByText('3 backend clusters', { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)

  await search.pressSequentially('x')
  await expect(page.getByText('No backend clusters match this search')).toBeVisible()
  await expect(page).toHaveURL(/[?&]q=clickstream-rex(&|$)/)
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Clear search' }).click()
  await expect(page).not.toHaveURL(/q=/)
  await expect(search).toHaveValue('')
  await expect(search).toBeFocused()
  await expect(clusterTable(page).getByRole('link').first()).toHaveText('ads-audit')
})

test('a shared link with a search and a page size shows that view', async ({ page }) => {
  await page.goto(`${analytics}?q=billing&size=10`)
  await expect(page.getByLabel('Search by name')).toHaveValue('billing')
  await expect(page.getByLabel('Rows per page')).toHaveValue('10')
  await expect(clusterTable(page).getByRole('link')).toHaveCount(10)
  const names = await shownNames(page)
  expect(names.every((name) => name.startsWith('billing-'))).toBe(true)

  await page.getByRole('button', { name: 'Go to next page' }).click()
  await expect(clusterTable(page).getByRole('link')).toHaveText(
    [...Array(10).keys()].map(() => /^billing-/),
  )
  await expect(page.getByRole('button', { name: 'Go to next page' })).toBeDisabled()
  expect(page.url()).toMatch(/q=billing/)
  expect(page.url()).toMatch(/size=10/)
})

test('a gateway without clusters says so and offers to create one', async ({ page }) => {
  await page.goto(listPath(SEED_GATEWAYS.sandbox.id))
  await expect(page.getByText('No backend clusters yet')).toBeVisible()
  await expect(page.getByRole('link', { name: 'New backend cluster' })).toHaveCount(1)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'New backend cluster' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New backend cluster' })).toBeVisible()
})

test.describe('keyboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('row actions and paging work from the keyboard alone', async ({ page }) => {
    await page.goto(listPath(SEED_GATEWAYS.payments.id))
    const trigger = page.getByRole('button', { name: 'Actions for fraud-scoring' })
    await trigger.focus()
    await page.keyboard.press('Enter')
    const menu = page.getByRole('menu')
    await expect(menu.getByRole('menuitem')).toHaveText([
      'View',
      'Edit',
      'Duplicate',
      'Copy ID',
      'Delete',
    ])
    await expect(menu.getByRole('menuitem', { name: 'View' })).toBeFocused()
    await expectNoAxeViolations(page)

    await page.keyboard.press('Escape')
    await expect(menu).toBeHidden()
    await expect(trigger).toBeFocused()

    await page.keyboard.press('Enter')
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('menuitem', { name: 'Copy ID' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByText('Copied the ID of fraud-scoring')).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^[0-9a-f-]{36}$/)

    await trigger.focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('menuitem', { name: 'Edit' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/backend-clusters\/[0-9a-f-]{36}\/edit$/)

    await page.goto(`${analytics}?size=10`)
    const next = page.getByRole('button', { name: 'Go to next page' })
    await next.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/after=/)
    await expect(next).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(page.getByRole('button', { name: 'Go to previous page' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).not.toHaveURL(/after=/)
    await expect(clusterTable(page).getByRole('link').first()).toHaveText('ads-audit')
  })
})

test('10,000 clusters page and search like any other list', async ({ page }) => {
  await page.goto(listPath(SEED_GATEWAYS.perfLab.id, '?size=100'))
  await expect(clusterTable(page).getByRole('link')).toHaveCount(100)
  await page.getByRole('button', { name: 'Go to next page' }).click()
  await expect(page).toHaveURL(/after=/)
  await page.getByLabel('Search by name').fill('00042')
  await expect(clusterTable(page).getByRole('link')).toHaveText(['loadtest-orders-us-east-1-00042'])
  await expect(page).not.toHaveURL(/after=/)
})
