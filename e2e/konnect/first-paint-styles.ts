// The global and class styles the deep-linked pages paint with. emotion would compile and insert
// each one during the first commits; the build ships the ones these pages use as a stylesheet
// instead, and tells emotion they are in place (scripts/first-paint-styles.ts).
// `npm run gen:first-paint-css` collects them with these helpers; first-paint-styles.spec.ts checks
// that the pages insert none.
import { expect, type Page } from '@playwright/test'
import { SEED_CLUSTERS, SEED_VIRTUAL_CLUSTERS } from '../../src/mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../../src/mocks/seed/seed-gateways'

const gw = SEED_GATEWAYS.payments.id

/** A phone held upright and a laptop: the layouts differ (one column or two, drawer or side bar). */
export const FIRST_PAINT_WIDTHS = [412, 1350] as const

export interface FirstPaintPage {
  path: string
  /** Resolves once the page has drawn everything it draws without being touched. */
  ready: (page: Page) => Promise<void>
}

const shown = (page: Page, locate: (page: Page) => ReturnType<Page['getByRole']>) =>
  expect(locate(page)).toBeVisible()

export const FIRST_PAINT_PAGES: FirstPaintPage[] = [
  {
    path: '/event-gateways',
    ready: (page) => shown(page, (p) => p.getByRole('link', { name: SEED_GATEWAYS.payments.name })),
  },
  {
    path: `/event-gateways/${gw}/backend-clusters`,
    ready: (page) =>
      shown(page, (p) => p.getByRole('link', { name: SEED_CLUSTERS.paymentsCore.name })),
  },
  {
    // A list with more than one page (the one bench:load measures): its pager buttons are enabled.
    path: `/event-gateways/${SEED_GATEWAYS.analytics.id}/backend-clusters`,
    ready: (page) => expect(page.getByRole('button', { name: 'Go to next page' })).toBeEnabled(),
  },
  {
    path: `/event-gateways/${gw}/backend-clusters/new`,
    ready: (page) => shown(page, (p) => p.getByRole('button', { name: 'Save' })),
  },
  {
    path: `/event-gateways/${gw}/backend-clusters/${SEED_CLUSTERS.paymentsCore.id}`,
    ready: (page) => shown(page, (p) => p.getByRole('list', { name: 'Virtual clusters' })),
  },
  {
    path: `/event-gateways/${gw}/backend-clusters/${SEED_CLUSTERS.paymentsCore.id}/edit`,
    ready: (page) => shown(page, (p) => p.getByRole('button', { name: 'Save' })),
  },
  {
    path: `/event-gateways/${gw}/virtual-clusters`,
    ready: (page) =>
      shown(page, (p) => p.getByRole('link', { name: SEED_VIRTUAL_CLUSTERS.paymentsPublic.name })),
  },
  {
    path: `/event-gateways/${gw}/virtual-clusters/new`,
    ready: (page) => shown(page, (p) => p.getByRole('button', { name: 'Save' })),
  },
  {
    path: `/event-gateways/${gw}/virtual-clusters/${SEED_VIRTUAL_CLUSTERS.paymentsPublic.id}`,
    ready: (page) => shown(page, (p) => p.getByRole('region', { name: 'Method 1' })),
  },
]

/** A rule of a global style, under emotion's name for that style. */
export interface GlobalRule {
  name: string
  rule: string
}

export interface RulesInserted {
  classRules: string[]
  globalRules: GlobalRule[]
}

declare global {
  interface Window {
    /** What emotion inserted, in order. */
    insertedRules?: RulesInserted
  }
}

/** From the page's first script on, keeps every rule emotion inserts. */
export async function recordRuleInserts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const inserted: RulesInserted = { classRules: [], globalRules: [] }
    window.insertedRules = inserted
    // A <Global> first looks for its server-rendered element by name, then inserts its rules.
    let globalName = ''
    const querySelector: (this: Document, selectors: string) => Element | null = Reflect.get(
      Document.prototype,
      'querySelector',
    )
    Reflect.set(Document.prototype, 'querySelector', function (this: Document, selectors: string) {
      const name = /^style\[data-emotion="css-global ([a-z0-9]+)"\]$/.exec(selectors)?.[1]
      if (name !== undefined) globalName = name
      return querySelector.call(this, selectors)
    })
    const insertRule = Reflect.get<CSSStyleSheet, 'insertRule'>(
      CSSStyleSheet.prototype,
      'insertRule',
    )
    CSSStyleSheet.prototype.insertRule = function (rule: string, index?: number) {
      // Each global style has a sheet of its own ("css-global"); class styles share "css".
      const owner = this.ownerNode
      const sheet = owner instanceof Element ? owner.getAttribute('data-emotion') : null
      if (sheet === 'css') inserted.classRules.push(rule)
      if (sheet === 'css-global') inserted.globalRules.push({ name: globalName, rule })
      return insertRule.call(this, rule, index)
    }
  })
}

/** Opens the page, waits until it is drawn in full, and returns the rules emotion inserted. */
export async function rulesInserted(page: Page, target: FirstPaintPage): Promise<RulesInserted> {
  await page.goto(target.path)
  await target.ready(page)
  // Whatever follows the last answer (deferred sections, measured tabs) has two frames to draw.
  await page.waitForLoadState('networkidle')
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
  return page.evaluate(() => window.insertedRules ?? { classRules: [], globalRules: [] })
}

/** The styles (emotion ids) of the elements on the page now. */
export async function stylesInUse(page: Page): Promise<string[]> {
  const classes = await page.evaluate(() =>
    [...document.querySelectorAll('[class*="css-"]')].flatMap((element) => [...element.classList]),
  )
  return [...new Set(classes.flatMap((name) => /^css-([a-z0-9]+)$/.exec(name)?.[1] ?? []))]
}

// What the build writes into index.html for them (scripts/first-paint-styles.ts): the link, then
// an element per global style, then one naming the class styles.
const SHIPPED_LINK = /<link rel="stylesheet" href="\/assets\/first-paint-styles-[^"]*"[^>]*>/
const SHIPPED = [
  SHIPPED_LINK,
  /<style data-emotion="css-global [a-z0-9]+" data-s=""><\/style>/g,
  /<style data-emotion="css [a-z0-9 ]*" data-s=""><\/style>/,
]

/** Serves the page without the shipped styles, as a build without them would: emotion inserts them all. */
export async function withoutShippedStyles(page: Page, path: string): Promise<void> {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch()
      const html = await response.text()
      if (!SHIPPED_LINK.test(html)) throw new Error(`${path} carries no shipped styles`)
      await route.fulfill({
        response,
        body: SHIPPED.reduce((text, tag) => text.replace(tag, ''), html),
      })
    },
  )
}

/** The class name emotion gives a style (`.css-<id>`), which it also keys its inserted set by. */
export function classRuleId(rule: string): string | undefined {
  return /\.css-([a-z0-9]+)/.exec(rule)?.[1]
}
