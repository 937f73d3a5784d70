import type { Locator } from '@playwright/test'
import { SEED_GATEWAYS } from '../src/mocks/seed/seed-gateways'
import { expect, test } from './fixtures'

const newPath = `/event-gateways/${SEED_GATEWAYS.payments.id}/backend-clusters/new`

/** Scrolls the field so its bottom edge sits on the window's bottom edge, as it does after a scroll. */
async function toBottomEdge(field: Locator) {
  await field.evaluate((element) => element.scrollIntoView({ block: 'end' }))
}

/** MUI places the list on whole pixels and the field may sit between two: half a pixel is not cover. */
const ROUNDING = 1

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a) {
  const apart = (start1: number, end1: number, start2: number, end2: number) =>
    end1 - ROUNDING <= start2 || end2 - ROUNDING <= start1
  return (
    !apart(a.x, a.x + a.width, b.x, b.x + b.width) &&
    !apart(a.y, a.y + a.height, b.y, b.y + b.height)
  )
}

test('a select at the bottom of the window opens its list above it, clear of the pointer', async ({
  page,
}) => {
  await page.goto(newPath)
  const select = page.getByRole('combobox', { name: 'Authentication' })
  await expect(select).toHaveText('Anonymous')
  await toBottomEdge(select)
  // Measured while closed: an open menu hides the rest of the page from the accessibility tree.
  const selectBox = await select.boundingBox()

  await select.click()
  const list = page.getByRole('listbox', { name: 'Authentication' })
  await expect(list).toBeVisible()
  const listBox = await list.boundingBox()
  expect(selectBox).not.toBeNull()
  expect(listBox).not.toBeNull()
  if (!selectBox || !listBox) return
  expect(overlaps(selectBox, listBox), 'the open list covers the select').toBe(false)
  expect(listBox.y + listBox.height).toBeLessThanOrEqual(selectBox.y + ROUNDING)
  // Every option stays reachable: the list fits in the window (it scrolls inside when it must).
  expect(listBox.y).toBeGreaterThanOrEqual(0)
})

test('pressing a select and letting go without moving chooses nothing, however long the press', async ({
  page,
}) => {
  // A slow device draws the menu while the button is still down; a held press is the same case,
  // and the page's clock makes "held" exact without waiting in real time.
  await page.clock.install()
  await page.goto(newPath)
  const select = page.getByRole('combobox', { name: 'Authentication' })
  await expect(select).toHaveText('Anonymous')
  await toBottomEdge(select)
  const box = await select.boundingBox()
  expect(box).not.toBeNull()
  if (!box) return

  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await expect(page.getByRole('listbox', { name: 'Authentication' })).toBeVisible()
  // Past Select's press-drag-release windows (200 ms for another option, 400 ms for the chosen one).
  await page.clock.runFor(1_000)
  await page.mouse.up()

  await expect(page.getByRole('listbox', { name: 'Authentication' })).toBeVisible()
  await expect(page.getByRole('option', { name: 'Anonymous' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await page.keyboard.press('Escape')
  await expect(page.getByRole('listbox')).toBeHidden()
  await expect(select).toHaveText('Anonymous')
})
