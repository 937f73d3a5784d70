// `npm run check:budget` (in `npm test`, after `npm run build`): the gzip size of what a deep link
// to each measured page downloads before its first paint — the entry chunk and its static imports,
// the route's lazily loaded page module and its static imports, and their CSS — read from the
// real-mode build's manifest. Prints a table; exits 1 when a route is over its budget in
// perf-budget.json (one number per route: tightening a budget is a one-line edit there).
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import {
  compareWithBudget,
  formatBudgetTable,
  perfBudgetSchema,
  type RouteLoad,
} from './bench/load-budget'
import { ROUTE_PAGES } from '../server/route-pages'
import { COMPILE_HINT } from './compile-hints'
import {
  assertLazyPageModules,
  findEntryKey,
  initialFiles,
  viteManifestSchema,
  type InitialFiles,
} from './bench/manifest-graph'
import { ROUTE_PAGE_MODULES } from './bench/route-page-modules'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DIST = path.join(ROOT, 'dist')
const MANIFEST = path.join(DIST, '.vite', 'manifest.json')
const BUDGET = path.join(ROOT, 'perf-budget.json')

/** zlib's default level, as the console's server (@fastify/compress) compresses. */
function gzipBytes(files: readonly string[]): number {
  return files.reduce(
    (total, file) => total + gzipSync(readFileSync(path.join(DIST, file))).length,
    0,
  )
}

/** First-paint scripts that lack V8's compile hint (scripts/compile-hints.ts): a build step moved. */
function withoutCompileHint(jsFiles: Iterable<string>): string[] {
  return [...new Set(jsFiles)].filter(
    (file) => !readFileSync(path.join(DIST, file), 'utf8').startsWith(COMPILE_HINT),
  )
}

function measure(initial: Readonly<Record<string, InitialFiles>>): RouteLoad[] {
  return Object.entries(initial).map(([route, files]) => ({
    route,
    jsFiles: files.js.length,
    jsGzipBytes: gzipBytes(files.js),
    cssFiles: files.css.length,
    cssGzipBytes: gzipBytes(files.css),
  }))
}

function main(): number {
  if (!existsSync(MANIFEST)) {
    console.error(`${path.relative(ROOT, MANIFEST)} is missing: run \`npm run build\` first.`)
    return 1
  }
  const manifest = viteManifestSchema.parse(JSON.parse(readFileSync(MANIFEST, 'utf8')))
  // The server preloads each page's chunks from this table: a page it names must be in the build.
  assertLazyPageModules(
    manifest,
    findEntryKey(manifest),
    ROUTE_PAGES.map(({ module }) => module),
  )
  const budget = perfBudgetSchema.parse(JSON.parse(readFileSync(BUDGET, 'utf8')))
  const initial = Object.fromEntries(
    Object.entries(ROUTE_PAGE_MODULES).map(([route, { modules }]) => [
      route,
      initialFiles(manifest, modules),
    ]),
  )
  const results = compareWithBudget(measure(initial), budget)
  console.log('Loaded before first paint on a deep link (gzip, real-mode build in dist/):\n')
  console.log(formatBudgetTable(results))
  const over = results.filter((result) => result.over)
  if (over.length > 0) {
    console.error(
      `\nOver budget: ${over.map((result) => result.route).join(', ')} (budgets in perf-budget.json)`,
    )
    return 1
  }
  console.log('\nEvery route is within its budget (perf-budget.json).')
  const unhinted = withoutCompileHint(Object.values(initial).flatMap((files) => files.js))
  if (unhinted.length > 0) {
    console.error(`\nFirst-paint scripts without the compile hint: ${unhinted.join(', ')}`)
    return 1
  }
  console.log('Every script they load starts with the compile hint.')
  return 0
}

process.exitCode = main()
