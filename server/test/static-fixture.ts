import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const INDEX_HTML =
  '<!doctype html><html><head><title>Event Gateway Console</title></head><body></body></html>'
/** Big enough (over the 1 KiB threshold) to be compressed. */
export const APP_SCRIPT = `console.log(${JSON.stringify('event gateway console '.repeat(200))})\n`
export const APP_SCRIPT_PATH = '/assets/index-Bx7f3k9Q.js'

export interface StaticFixture {
  dir: string
  remove(): Promise<void>
}

/** A temporary stand-in for dist/: an index.html, one hashed asset, a favicon and the mock worker. */
export async function createStaticFixture(): Promise<StaticFixture> {
  const dir = await mkdtemp(path.join(tmpdir(), 'egc-static-'))
  await mkdir(path.join(dir, 'assets'))
  await writeFile(path.join(dir, 'index.html'), INDEX_HTML)
  await writeFile(path.join(dir, APP_SCRIPT_PATH), APP_SCRIPT)
  await writeFile(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  await writeFile(path.join(dir, 'mockServiceWorker.js'), '/* mock service worker */\n')
  await writeFile(path.join(dir, '.env'), 'SECRET=1\n')
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}
