// `npm run bench:load`: Lighthouse on deep links to the New, list and detail pages of the console's
// production build (real mode, against the e2e suite's fake Konnect on loopback), side by side with
// the floor — a bare React + MUI page with the New page's first fields, served gzip-compressed —
// mobile and desktop presets, medians of 3 runs. Prints one table with both, the ratios and
// PASS/over against issue 8's goals. A benchmark, not a test: it exits 0 whatever the figures.
//
//   npm run bench:load                      builds both, then measures
//   npm run bench:load -- --no-build        measures the current dist/ and the floor's last build
//   npm run bench:load -- --runs 5          more runs per page and form factor
//   npm run bench:load -- --page new --form-factor mobile   one page, one preset (while iterating)
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { BENCH_PAGE_PATHS } from './bench/bench-pages'
import { buildConsole, startConsoleStack } from './bench/console-stack'
import { buildFloor } from './bench/floor-build'
import {
  ensureLighthouse,
  LIGHTHOUSE_VERSION,
  runLighthouse,
  type FormFactor,
  type LighthouseRun,
} from './bench/lighthouse-cli'
import type { LoadFigures } from './bench/lighthouse-report'
import {
  failedAuditSummary,
  formatLoadTable,
  loadRows,
  type PageName,
  type PageRuns,
} from './bench/load-goals'
import { startStaticGzipServer } from './bench/static-gzip-server'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CACHE = path.join(ROOT, 'node_modules', '.cache')
const FLOOR_SOURCE = process.env.FLOOR_DIR ?? path.resolve(ROOT, '..', 'shared', 'bench', 'floor')
const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FORM_FACTORS: readonly FormFactor[] = ['mobile', 'desktop']

const PAGES: readonly { page: PageName; path: string; withFloor: boolean }[] = [
  { page: 'new', path: BENCH_PAGE_PATHS.new, withFloor: true },
  { page: 'list', path: BENCH_PAGE_PATHS.list, withFloor: false },
  { page: 'detail', path: BENCH_PAGE_PATHS.detail, withFloor: false },
]

function readOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      page: { type: 'string', multiple: true },
      'form-factor': { type: 'string', multiple: true },
    },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1')
  const pages = values.page ?? PAGES.map(({ page }) => page)
  const formFactors = values['form-factor'] ?? FORM_FACTORS
  for (const page of pages) {
    if (!PAGES.some((known) => known.page === page)) throw new Error(`--page: no page "${page}"`)
  }
  for (const formFactor of formFactors) {
    if (!FORM_FACTORS.some((known) => known === formFactor)) {
      throw new Error(`--form-factor: mobile or desktop, not "${formFactor}"`)
    }
  }
  return { runs, build: !values['no-build'], pages, formFactors }
}

function describe(figures: LoadFigures): string {
  return [
    `perf ${figures.performance.toFixed(2)}`,
    `LCP ${(figures.lcpMs / 1000).toFixed(2).padStart(5)} s`,
    `TBT ${String(Math.round(figures.tbtMs)).padStart(5)} ms`,
    `JS ${(figures.jsBytes / 1024).toFixed(1).padStart(5)} KiB`,
    `a11y ${figures.accessibility.toFixed(2)}`,
    `BP ${figures.bestPractices.toFixed(2)}`,
  ].join('  ')
}

/** One Lighthouse run, tried a second time if Lighthouse fails (a busy machine can time it out). */
async function measureOnce(run: LighthouseRun): Promise<LoadFigures> {
  try {
    return await runLighthouse(run)
  } catch (error) {
    console.log(
      `  Lighthouse failed, trying once more: ${error instanceof Error ? error.message : String(error)}`,
    )
    return runLighthouse(run)
  }
}

async function main(): Promise<void> {
  const options = readOptions()
  const floorWorkDir = path.join(CACHE, 'bench-floor')
  if (options.build) buildConsole(ROOT)
  const builtFloor = path.join(floorWorkDir, 'dist')
  const floorDist =
    options.build || !existsSync(path.join(builtFloor, 'index.html'))
      ? buildFloor(FLOOR_SOURCE, floorWorkDir)
      : builtFloor
  const cli = ensureLighthouse(path.join(CACHE, 'lighthouse'))

  const consoleStack = await startConsoleStack()
  const floorServer = await startStaticGzipServer(floorDist).catch(async (error: unknown) => {
    await consoleStack.stop()
    throw error
  })
  const measured: (PageRuns & { path: string; console: LoadFigures[]; floor?: LoadFigures[] })[] =
    PAGES.filter(({ page }) => options.pages.includes(page)).flatMap(
      ({ page, path: pagePath, withFloor }) =>
        FORM_FACTORS.filter((formFactor) => options.formFactors.includes(formFactor)).map(
          (formFactor) => ({
            page,
            path: pagePath,
            formFactor,
            console: [],
            ...(withFloor ? { floor: [] } : {}),
          }),
        ),
    )
  try {
    console.log(
      `\nLighthouse ${LIGHTHOUSE_VERSION} with ${CHROME_PATH}, ${String(options.runs)} runs each`,
    )
    console.log(`console: ${consoleStack.url} (production server, real mode, fake Konnect)`)
    console.log(`floor:   ${floorServer.url} (${FLOOR_SOURCE}, gzip)\n`)
    for (let run = 1; run <= options.runs; run += 1) {
      for (const target of measured) {
        const sides = [
          {
            name: 'console',
            url: new URL(target.path, consoleStack.url).href,
            into: target.console,
          },
          ...(target.floor ? [{ name: 'floor', url: floorServer.url, into: target.floor }] : []),
        ]
        // Alternate who goes first, to spread the machine's noise over both.
        if (run % 2 === 0) sides.reverse()
        for (const side of sides) {
          const figures = await measureOnce({
            cli,
            chromePath: CHROME_PATH,
            url: side.url,
            formFactor: target.formFactor,
          })
          side.into.push(figures)
          const label = `run ${String(run)} ${target.page} ${target.formFactor} ${side.name}`
          console.log(`${label.padEnd(28)} ${describe(figures)}`)
        }
      }
    }
  } finally {
    await floorServer.close()
    await consoleStack.stop()
  }

  console.log(`\nMedians of ${String(options.runs)} runs:\n`)
  const rows = loadRows(measured)
  console.log(formatLoadTable(rows))
  const judged = rows.filter((row) => row.verdict !== undefined)
  const met = judged.filter((row) => row.verdict === 'PASS').length
  console.log(`\n${String(met)} of ${String(judged.length)} goals met.`)
  printFailedAudits(measured)
}

function printFailedAudits(measured: readonly PageRuns[]): void {
  const lines = measured.flatMap(({ page, formFactor, console: consoleRuns, floor }) =>
    [
      { who: 'console', runs: consoleRuns },
      ...(floor ? [{ who: 'floor', runs: floor }] : []),
    ].flatMap(({ who, runs }) => {
      const failed = failedAuditSummary(runs)
      return failed.length === 0 ? [] : [`  ${page} ${formFactor} ${who}: ${failed.join(', ')}`]
    }),
  )
  if (lines.length > 0) {
    console.log('\nAccessibility and best-practices audits that failed:')
    console.log(lines.join('\n'))
  }
}

await main()
