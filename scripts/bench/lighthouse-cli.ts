// Lighthouse for bench:load: installed on first use into a cache folder under node_modules (not a
// devDependency: its ~150 packages would slow every `npm ci`, and only this benchmark needs it),
// then run as its CLI, one fresh Chromium per run.
import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { loadFigures, type LoadFigures } from './lighthouse-report'

// 13.x needs Node 22.
export const LIGHTHOUSE_VERSION = '12.2.3'
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
const RUN_TIMEOUT_MS = 180_000

export type FormFactor = 'mobile' | 'desktop'

const run = promisify(execFile)

function installedVersion(cliDir: string): string | undefined {
  const manifest = path.join(cliDir, 'node_modules', 'lighthouse', 'package.json')
  if (!existsSync(manifest)) return undefined
  const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'))
  return typeof parsed === 'object' && parsed !== null && 'version' in parsed
    ? String(parsed.version)
    : undefined
}

/** Installs the pinned Lighthouse into `cliDir` unless it is there; returns the CLI's path. */
export function ensureLighthouse(cliDir: string): string {
  const cli = path.join(cliDir, 'node_modules', 'lighthouse', 'cli', 'index.js')
  if (installedVersion(cliDir) === LIGHTHOUSE_VERSION) return cli
  console.log(`Installing lighthouse@${LIGHTHOUSE_VERSION} into ${cliDir} (once)…`)
  mkdirSync(cliDir, { recursive: true })
  writeFileSync(
    path.join(cliDir, 'package.json'),
    `${JSON.stringify({ private: true, dependencies: { lighthouse: LIGHTHOUSE_VERSION } }, null, 2)}\n`,
  )
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--omit=dev'], {
    cwd: cliDir,
    stdio: 'inherit',
  })
  if (install.status !== 0 || installedVersion(cliDir) !== LIGHTHOUSE_VERSION) {
    throw new Error(`Installing lighthouse@${LIGHTHOUSE_VERSION} failed`)
  }
  return cli
}

export interface LighthouseRun {
  cli: string
  chromePath: string
  url: string
  formFactor: FormFactor
}

/** What a run leaves for analysis beyond its figures: the trace and the DevTools protocol log. */
export interface LighthouseArtifacts {
  trace: unknown
  devtoolsLog: unknown
}

/** One Lighthouse run (its default simulated throttling for the form factor) and its figures. */
export async function runLighthouse(run: LighthouseRun): Promise<LoadFigures> {
  return (await lighthouseOnce(run, false)).figures
}

/** As runLighthouse, keeping the run's trace and DevTools log (for bench:critical-path). */
export async function runLighthouseWithArtifacts(
  run: LighthouseRun,
): Promise<{ figures: LoadFigures; artifacts: LighthouseArtifacts }> {
  const { figures, artifacts } = await lighthouseOnce(run, true)
  if (!artifacts) throw new Error('Lighthouse saved no trace')
  return { figures, artifacts }
}

async function lighthouseOnce(
  { cli, chromePath, url, formFactor }: LighthouseRun,
  saveAssets: boolean,
): Promise<{ figures: LoadFigures; artifacts?: LighthouseArtifacts }> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-load-'))
  const report = path.join(outDir, 'report.json')
  const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))
  try {
    await run(
      process.execPath,
      [
        cli,
        url,
        '--output=json',
        `--output-path=${report}`,
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
        '--quiet',
        ...(saveAssets ? ['--save-assets'] : []),
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      ],
      {
        env: { ...process.env, CHROME_PATH: chromePath },
        timeout: RUN_TIMEOUT_MS,
        maxBuffer: 16 * 1024 * 1024,
      },
    )
    const figures = loadFigures(readJson(report))
    if (!saveAssets) return { figures }
    // --save-assets writes them beside the report, named after it and the pass.
    const artifacts = {
      trace: readJson(path.join(outDir, 'report-0.trace.json')),
      devtoolsLog: readJson(path.join(outDir, 'report-0.devtoolslog.json')),
    }
    return { figures, artifacts }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}
