// The deep-linked pages draw with the global and class styles the build ships beside their HTML
// (scripts/first-paint-styles.ts): emotion compiles and inserts none of them at run time. A style
// that changed, or one a page newly uses, shows up here until the file is written again.
import { SEED_CLUSTERS } from '../../src/mocks/seed/seed-curated-ids'
import { expect, test } from './konnect-fixtures'
import {
  classRuleId,
  FIRST_PAINT_PAGES,
  FIRST_PAINT_WIDTHS,
  recordRuleInserts,
  rulesInserted,
  stylesInUse,
  withoutShippedStyles,
} from './first-paint-styles'

for (const target of FIRST_PAINT_PAGES) {
  test(`${target.path}: draws with no styles inserted at run time`, async ({ page }) => {
    await recordRuleInserts(page)
    for (const width of FIRST_PAINT_WIDTHS) {
      await page.setViewportSize({ width, height: 900 })
      const { classRules, globalRules } = await rulesInserted(page, target)
      // The app's global styles (theme variables, baseline) are rendered on every page.
      expect(
        [...new Set(globalRules.map(({ name }) => name))],
        `at ${String(width)} px, global styles missing from src/app/shell/first-paint-styles.css: run npm run gen:first-paint-css`,
      ).toEqual([])
      const inserted = new Set(classRules.flatMap((rule) => classRuleId(rule) ?? []))
      // What a page shows only while it loads (skeleton rows) may come and go: only styles still
      // in use count.
      const missing = (await stylesInUse(page)).filter((id) => inserted.has(id))
      expect(
        missing,
        `at ${String(width)} px, styles missing from src/app/shell/first-paint-styles.css: run npm run gen:first-paint-css`,
      ).toEqual([])
    }
  })
}

test('every element of a page has the same computed style with the shipped styles as with emotion inserting them', async ({
  browser,
  baseURL,
}) => {
  // A backend cluster's detail page: text, chips, lists, tabs and both columns.
  const target = FIRST_PAINT_PAGES.find(({ path }) => path.endsWith(SEED_CLUSTERS.paymentsCore.id))
  if (!target) throw new Error('FIRST_PAINT_PAGES has no backend cluster detail page')
  const drawn = async (withShipped: boolean) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 1350, height: 900 } })
    const page = await context.newPage()
    if (!withShipped) await withoutShippedStyles(page, target.path)
    await recordRuleInserts(page)
    const { classRules, globalRules } = await rulesInserted(page, target)
    // Computed styles, not pixels: the same page can rasterise a curve a pixel differently.
    const styles = await page.evaluate(() =>
      [...document.body.querySelectorAll('*')].flatMap((element) =>
        [null, '::before', '::after'].map((pseudo) => {
          const style = getComputedStyle(element, pseudo)
          // Custom properties (the theme's variables) come in no stable order; what they feed shows
          // in the properties that use them.
          const values = [...style]
            .filter((name) => !name.startsWith('--'))
            .map((name) => `${name}: ${style.getPropertyValue(name)}`)
          return `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}${pseudo ?? ''} { ${values.join('; ')} }`
        }),
      ),
    )
    await context.close()
    return { classRules: classRules.length, globalRules: globalRules.length, styles }
  }
  const shipped = await drawn(true)
  const own = await drawn(false)
  expect(shipped).toMatchObject({ classRules: 0, globalRules: 0 })
  expect(own.classRules).toBeGreaterThan(100)
  // The theme's variables and the baseline.
  expect(own.globalRules).toBeGreaterThan(10)
  expect(shipped.styles.length).toBeGreaterThan(300)
  expect(shipped.styles).toEqual(own.styles)
})
