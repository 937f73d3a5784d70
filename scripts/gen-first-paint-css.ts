// npm run gen:first-paint-css: builds the console, opens each deep-linked page of
// e2e/konnect/first-paint-styles.ts at both widths against the fake Konnect, and writes the rules
// emotion inserted into src/app/shell/first-paint-styles.css, for the next build's HTML: the global
// styles every page inserted, then the class rules.
// Rerun it when first-paint-styles.spec.ts reports a page inserting styles at run time.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import playwrightConfig from '../playwright.config'
import {
  classRuleId,
  FIRST_PAINT_PAGES,
  FIRST_PAINT_WIDTHS,
  recordRuleInserts,
  rulesInserted,
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
  parseFirstPaintStyles(readFileSync(path.join(root, FIRST_PAINT_STYLES_FILE), 'utf8')).rules
    .length > 0
const stack = await startConsoleStack()
const browser = await chromium.launch(playwrightConfig.use?.launchOptions)
// Sets keep the order emotion inserted in, first sighting first.
const ids = new Set<string>()
const rules = new Set<string>()
// A global style is shipped only if every page inserts it: the stylesheet stays when a page's own
// <Global> unmounts, so a page-specific one would leak into the next page.
const globalRules = new Map<string, string[]>()
let everywhere: Set<string> | undefined
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
      await recordRuleInserts(page)
      const inserted = await rulesInserted(page, target)
      const globalsHere = new Set<string>()
      for (const { name, rule } of inserted.globalRules) {
        globalsHere.add(name)
        const known = globalRules.get(name) ?? []
        if (!known.includes(rule)) globalRules.set(name, [...known, rule])
      }
      everywhere = new Set([...(everywhere ?? globalsHere)].filter((name) => globalsHere.has(name)))
      let added = 0
      for (const rule of inserted.classRules) {
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
const globals = [...globalRules.keys()].filter((name) => everywhere?.has(name))
const skipped = [...globalRules.keys()].filter((name) => !everywhere?.has(name))
if (skipped.length > 0)
  console.log(`global styles not on every page, left out: ${skipped.join(' ')}`)
const written = {
  globals,
  ids: [...ids],
  rules: [...globals.flatMap((name) => globalRules.get(name) ?? []), ...rules],
}
writeFileSync(path.join(root, FIRST_PAINT_STYLES_FILE), formatFirstPaintStyles(written))
const bytes = written.rules.join('').length
console.log(
  `${FIRST_PAINT_STYLES_FILE}: ${String(globals.length)} global and ${String(ids.size)} class styles, ${String(written.rules.length)} rules, ${String(bytes)} bytes`,
)
