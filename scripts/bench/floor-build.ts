// The floor (a bare React + MUI page with the New page's first fields, ../shared/bench/floor) built
// for bench:load. shared/ is read-only, so its files are copied as they are — code and pinned
// versions unchanged — into a cache folder, installed with `npm ci` when its lockfile changed, and
// built there with its own Vite.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

// What npm ci and the build make; never copied from the source, never wiped by a new copy.
const GENERATED = new Set(['node_modules', 'dist'])
const LOCK_STAMP = path.join('node_modules', '.bench-floor-lock')

/** Copies file by file (not fs.cp): the source's read-only modes must not follow into the copy. */
function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true })
  for (const name of readdirSync(from)) {
    if (GENERATED.has(name)) continue
    const source = path.join(from, name)
    const target = path.join(to, name)
    if (statSync(source).isDirectory()) copyTree(source, target)
    else writeFileSync(target, readFileSync(source))
  }
}

function runIn(cwd: string, command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`)
}

/** Builds the floor from `source` inside `workDir`; returns the folder of the built page. */
export function buildFloor(source: string, workDir: string): string {
  if (!existsSync(path.join(source, 'package-lock.json'))) {
    throw new Error(`No floor at ${source} (expected ../shared/bench/floor; set FLOOR_DIR)`)
  }
  // Start from a clean copy, keeping only what npm ci installed.
  if (existsSync(workDir)) {
    for (const name of readdirSync(workDir)) {
      if (name !== 'node_modules')
        rmSync(path.join(workDir, name), { recursive: true, force: true })
    }
  }
  copyTree(source, workDir)
  const lockHash = createHash('sha256')
    .update(readFileSync(path.join(workDir, 'package-lock.json')))
    .digest('hex')
  const stamp = path.join(workDir, LOCK_STAMP)
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
    console.log(`Installing the floor's pinned packages (npm ci in ${workDir})…`)
    runIn(workDir, 'npm', ['ci', '--no-audit', '--no-fund'])
    writeFileSync(stamp, lockHash)
  }
  runIn(workDir, process.execPath, [path.join('node_modules', 'vite', 'bin', 'vite.js'), 'build'])
  return path.join(workDir, 'dist')
}
