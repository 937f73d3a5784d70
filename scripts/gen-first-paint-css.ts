// npm run gen:first-paint-css: builds the console, opens each deep-linked page of
// e2e/konnect/first-paint-styles.ts at both widths against the fake Konnect, and writes the class
// rules emotion inserted into src/app/shell/first-paint-styles.css, for the next build's HTML.
// Rerun it when first-paint-styles.spec.ts reports a page inserting styles at run time.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import playwrightConfig from '../playwright.config'
import {
  classRuleId,
  classRulesInserted,
  FIRST_PAINT_PAGES,
  FIRST_PAINT_WIDTHS,
  recordClassRuleInserts,
  withoutShippedStyles,
} from '../e2e/konnect/first-paint-styles'
import { buildConsole, startConsoleStack } from './bench/console-stack'
import {
  FIRST_PAINT_STYLES_FILE,
  formatFirstPaintStyles,
  parseFirstPaintStyles,
} from './first-paint-styles'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

buildConsole(root)
const shipped =
  parseFirstPaintStyles(readFileSync(path.join(root, FIRST_PAINT_STYLES_FILE), 'utf8')).ids.length >
  0
const stack = await startConsoleStack()
const browser = await chromium.launch(playwrightConfig.use?.launchOptions)
// Sets keep the order emotion inserted in, first sighting first.
const ids = new Set<string>()
const rules = new Set<string>()
try {
  for (const width of FIRST_PAINT_WIDTHS) {
    for (const target of FIRST_PAINT_PAGES) {
      const context = await browser.newContext({
        baseURL: stack.url,
        viewport: { width, height: 900 },
      })
      const page = await context.newPage()
      // The build just made ships the file as it was: without it, the page inserts every style.
      if (shipped) await withoutShippedStyles(page, target.path)
      await recordClassRuleInserts(page)
      const inserted = await classRulesInserted(page, target)
      let added = 0
      for (const rule of inserted) {
        const id = classRuleId(rule)
        // Keyframes carry no class: kept with the style that inserted them, which emotion then skips.
        if (rules.has(rule)) continue
        rules.add(rule)
        added += 1
        if (id !== undefined) ids.add(id)
      }
      console.log(`${String(width)} px ${target.path}: ${String(added)} new rules`)
      await context.close()
    }
  }
} finally {
  await browser.close()
  await stack.stop()
}
const written = { ids: [...ids], rules: [...rules] }
writeFileSync(path.join(root, FIRST_PAINT_STYLES_FILE), formatFirstPaintStyles(written))
const bytes = written.rules.join('').length
console.log(
  `${FIRST_PAINT_STYLES_FILE}: ${String(ids.size)} styles, ${String(rules.size)} rules, ${String(bytes)} bytes`,
)
