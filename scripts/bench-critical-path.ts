// `npm run bench:critical-path`: what Lighthouse's simulated first paint of a deep link waits for,
// node by node (requests and main-thread tasks, simulated on slow 4G with a 4× slower CPU), for
// the console's production build and, on the New page, for the floor in the same run. Explains
// bench:load's FCP and LCP figures; a benchmark, not a test.
//
//   npm run bench:critical-path                      builds both, then the New page, one run each
//   npm run bench:critical-path -- --no-build        the current dist/ and the floor's last build
//   npm run bench:critical-path -- --page list --runs 3
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { BENCH_PAGE_PATHS, isBenchPage } from './bench/bench-pages'
import { buildConsole, startConsoleStack } from './bench/console-stack'
import {
  describeSummary,
  firstPaintCriticalPath,
  formatCriticalPath,
  summarizeCriticalPath,
} from './bench/critical-path'
import { buildFloor } from './bench/floor-build'
import { ensureLighthouse, runLighthouseWithArtifacts } from './bench/lighthouse-cli'
import { startStaticGzipServer } from './bench/static-gzip-server'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CACHE = path.join(ROOT, 'node_modules', '.cache')
const FLOOR_SOURCE = process.env.FLOOR_DIR ?? path.resolve(ROOT, '..', 'shared', 'bench', 'floor')
const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function readOptions() {
  const { values } = parseArgs({
    options: {
      page: { type: 'string', default: 'new' },
      runs: { type: 'string', default: '1' },
      'no-build': { type: 'boolean', default: false },
    },
  })
  const page = values.page
  if (!isBenchPage(page)) throw new Error(`--page: new, list or detail, not "${page}"`)
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1')
  return { page, pagePath: BENCH_PAGE_PATHS[page], runs, build: !values['no-build'] }
}

async function main(): Promise<void> {
  const options = readOptions()
  const floorWorkDir = path.join(CACHE, 'bench-floor')
  if (options.build) buildConsole(ROOT)
  const builtFloor = path.join(floorWorkDir, 'dist')
  const withFloor = options.page === 'new'
  const floorDist =
    withFloor && (options.build || !existsSync(path.join(builtFloor, 'index.html')))
      ? buildFloor(FLOOR_SOURCE, floorWorkDir)
      : builtFloor
  const cli = ensureLighthouse(path.join(CACHE, 'lighthouse'))
  const consoleStack = await startConsoleStack()
  const floorServer = withFloor
    ? await startStaticGzipServer(floorDist).catch(async (error: unknown) => {
        await consoleStack.stop()
        throw error
      })
    : undefined
  const sides = [
    { who: 'console', url: new URL(options.pagePath, consoleStack.url).href },
    ...(floorServer ? [{ who: 'floor', url: floorServer.url }] : []),
  ]
  const summaries: string[] = []
  try {
    for (let run = 1; run <= options.runs; run += 1) {
      for (const side of sides) {
        const { artifacts } = await runLighthouseWithArtifacts({
          cli,
          chromePath: CHROME_PATH,
          url: side.url,
          formFactor: 'mobile',
        })
        const { fcpMs, nodes } = await firstPaintCriticalPath(cli, artifacts)
        const summary = describeSummary(side.who, fcpMs, summarizeCriticalPath(nodes))
        console.log(`\nrun ${String(run)}, ${options.page}, ${summary}\n`)
        console.log(formatCriticalPath(nodes))
        summaries.push(`run ${String(run)} ${summary}`)
      }
    }
  } finally {
    await floorServer?.close()
    await consoleStack.stop()
  }
  console.log(`\nLighthouse's simulated first paint (mobile), ${options.page} page:\n`)
  console.log(summaries.join('\n'))
}

await main()
