import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServer } from './create-server.js'
import { listenLocally, rawRequest } from './test/raw-request.js'
import {
  APP_SCRIPT,
  APP_SCRIPT_PATH,
  createStaticFixture,
  INDEX_HTML,
  type StaticFixture,
} from './test/static-fixture.js'

const DEMO_SHELL = INDEX_HTML.replace(
  '</head>',
  '<script id="console-config" type="application/json">{"mode":"demo"}</script></head>',
)
const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }

let fixture: StaticFixture
let app: FastifyInstance | undefined

beforeEach(async () => {
  fixture = await createStaticFixture()
})

afterEach(async () => {
  await app?.close()
  app = undefined
  await fixture.remove()
})

async function start(mode: 'konnect' | 'demo' = 'demo'): Promise<string> {
  const konnect =
    mode === 'konnect'
      ? { token: 'kpat_0123456789abcdef', apiUrl: 'http://127.0.0.1:9/v1', label: 'x' }
      : null
  app = await createServer({ mode, konnect, staticDir: fixture.dir })
  return listenLocally(app)
}

describe('static files', () => {
  it('serves index.html at / with the configuration in it, never stored', async () => {
    const origin = await start()
    const response = await rawRequest(origin, '/', { headers: HTML })
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.text).toBe(DEMO_SHELL)
  })

  it('serves /index.html the same way', async () => {
    const origin = await start()
    const response = await rawRequest(origin, '/index.html')
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.text).toBe(DEMO_SHELL)
  })

  it('tells the page in Konnect mode where Konnect is and that the token is shared', async () => {
    const origin = await start('konnect')
    const response = await rawRequest(origin, '/', { headers: HTML })
    expect(response.text).toBe(
      INDEX_HTML.replace(
        '</head>',
        '<script id="console-config" type="application/json">{"mode":"konnect","apiUrl":"http://127.0.0.1:9/v1","access":"shared-token","signedIn":true}</script></head>',
      ),
    )
  })

  it('refuses to start with an index.html that has no </head> for the configuration', async () => {
    await writeFile(path.join(fixture.dir, 'index.html'), '<!doctype html><p>no head</p>')
    await expect(
      createServer({ mode: 'demo', konnect: null, staticDir: fixture.dir }),
    ).rejects.toThrow('index.html has no </head>')
  })

  it('caches hashed assets for a year as immutable', async () => {
    const origin = await start()
    const response = await rawRequest(origin, APP_SCRIPT_PATH)
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('application/javascript; charset=utf-8')
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(response.text).toBe(APP_SCRIPT)
  })

  it('does not let browsers keep the mock service worker or the favicon for long', async () => {
    const origin = await start('demo')
    expect((await rawRequest(origin, '/mockServiceWorker.js')).headers['cache-control']).toBe(
      'no-cache',
    )
    expect((await rawRequest(origin, '/favicon.svg')).headers['cache-control']).toBe('no-cache')
  })

  it('does not serve dotfiles', async () => {
    const origin = await start()
    const response = await rawRequest(origin, '/.env')
    expect(response.status).toBe(404)
    expect(response.text).not.toContain('SECRET')
  })
})

describe('single-page app fallback', () => {
  it.each(['/backend-clusters', '/event-gateways/gw-1/backend-clusters/new?tab=auth'])(
    'answers a browser navigating to %s with the app shell, not stored',
    async (target) => {
      const origin = await start()
      const response = await rawRequest(origin, target, { headers: HTML })
      expect(response.status).toBe(200)
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(response.headers['cache-control']).toBe('no-store')
      expect(response.text).toBe(DEMO_SHELL)
    },
  )

  it('answers a missing asset with a real 404, even for a browser accepting HTML', async () => {
    const origin = await start()
    const response = await rawRequest(origin, '/assets/index-Missing1.js', { headers: HTML })
    expect(response.status).toBe(404)
    expect(response.headers['content-type']).not.toContain('text/html')
    expect(response.text).not.toContain('<!doctype html>')
  })

  it('answers anything missing under assets/ with 404, extension or not', async () => {
    const origin = await start()
    expect((await rawRequest(origin, '/assets/fonts', { headers: HTML })).status).toBe(404)
  })

  it('answers a missing file outside assets/ with 404', async () => {
    const origin = await start()
    expect((await rawRequest(origin, '/robots.txt', { headers: HTML })).status).toBe(404)
  })

  it('answers 404 when the client does not accept HTML', async () => {
    const origin = await start()
    const response = await rawRequest(origin, '/backend-clusters', {
      headers: { accept: 'application/json' },
    })
    expect(response.status).toBe(404)
  })

  it('answers 404 for a POST to an unknown path', async () => {
    const origin = await start()
    expect(
      (await rawRequest(origin, '/backend-clusters', { method: 'POST', headers: HTML })).status,
    ).toBe(404)
  })

  it('never answers /api/ paths with the app shell', async () => {
    const origin = await start()
    const response = await rawRequest(origin, '/api/unknown', { headers: HTML })
    expect(response.status).toBe(404)
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
  })
})

describe('compression', () => {
  it('sends brotli when the browser accepts it', async () => {
    const origin = await start()
    const response = await rawRequest(origin, APP_SCRIPT_PATH, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    })
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers.vary).toContain('accept-encoding')
    expect(response.body.length).toBeLessThan(APP_SCRIPT.length)
    expect(brotliDecompressSync(response.body).toString('utf8')).toBe(APP_SCRIPT)
  })

  it('sends gzip when that is all the browser accepts', async () => {
    const origin = await start()
    const response = await rawRequest(origin, APP_SCRIPT_PATH, {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(response.body).toString('utf8')).toBe(APP_SCRIPT)
  })

  it('sends the plain file when the browser accepts no encoding', async () => {
    const origin = await start()
    const response = await rawRequest(origin, APP_SCRIPT_PATH)
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.text).toBe(APP_SCRIPT)
  })

  it('serves the precompressed brotli and gzip files of an asset when the build made them', async () => {
    // Marked, so that what comes back is the file on disk, not the server compressing on the fly.
    const onDisk = `${APP_SCRIPT}// precompressed\n`
    await writeFile(path.join(fixture.dir, `${APP_SCRIPT_PATH}.br`), brotliCompressSync(onDisk))
    await writeFile(path.join(fixture.dir, `${APP_SCRIPT_PATH}.gz`), gzipSync(onDisk))
    const origin = await start()
    const brotli = await rawRequest(origin, APP_SCRIPT_PATH, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    })
    expect(brotli.status).toBe(200)
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotli.headers['content-type']).toBe('application/javascript; charset=utf-8')
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(brotli.headers.vary).toMatch(/accept-encoding/i)
    expect(brotliDecompressSync(brotli.body).toString('utf8')).toBe(onDisk)
    const gzip = await rawRequest(origin, APP_SCRIPT_PATH, {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(onDisk)
    const plain = await rawRequest(origin, APP_SCRIPT_PATH)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.text).toBe(APP_SCRIPT)
  })
})
