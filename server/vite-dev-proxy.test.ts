// `npm start` with a token: the Vite dev server from the real vite.config.ts, in middleware mode on
// 127.0.0.1, forwarding to a fake Konnect. It must refuse and forward exactly what production does.
import { mkdtemp, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startFakeUpstream, type FakeUpstream } from './test/fake-upstream.js'
import { rawRequest, type RawRequestOptions } from './test/raw-request.js'
import { NOT_FORWARDED_DETAIL } from './upstream-path.js'

const PROJECT_DIR = path.resolve(import.meta.dirname, '..')
const TOKEN = 'kpat_0123456789abcdefghijKLMNOP'
const GATEWAYS = '/api/konnect/event-gateways'

let upstream: FakeUpstream
let cacheDir: string
let vite: ViteDevServer | undefined
let listener: http.Server | undefined

beforeEach(async () => {
  upstream = await startFakeUpstream()
  // Vite still pre-bundles React; not into node_modules/.vite, which `npm start` uses.
  cacheDir = await mkdtemp(path.join(tmpdir(), 'egc-vite-dev-proxy-'))
})

afterEach(async () => {
  if (listener) {
    const closing = listener
    await new Promise<void>((resolve) => {
      closing.closeAllConnections()
      closing.close(() => resolve())
    })
  }
  listener = undefined
  await vite?.close()
  vite = undefined
  await upstream.close()
  await rm(cacheDir, { recursive: true, force: true })
  vi.unstubAllEnvs()
})

/** Loads vite.config.ts as `npm start` does, with the given environment, and returns its origin. */
async function startDevServer(env: Record<string, string> = {}): Promise<string> {
  vi.stubEnv('KONNECT_TOKEN', TOKEN)
  vi.stubEnv('KONNECT_API_URL', upstream.apiUrl)
  vi.stubEnv('KONNECT_REGION', '')
  vi.stubEnv('ALLOWED_HOSTS', '')
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  vite = await createServer({
    configFile: path.join(PROJECT_DIR, 'vite.config.ts'),
    root: PROJECT_DIR,
    mode: 'development',
    logLevel: 'silent',
    cacheDir,
    // Only the middlewares are wanted: no port of its own, no HMR, no watching, no dependency scan.
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  const started = http.createServer(vite.middlewares)
  listener = started
  await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve))
  const { port } = started.address() as AddressInfo
  return `http://127.0.0.1:${port}`
}

function json(text: string): unknown {
  return JSON.parse(text)
}

describe('the dev server forwards like the production server', () => {
  it('forwards the checked path and query byte for byte, below /v1, with only the server token', async () => {
    const origin = await startDevServer()
    const target = `${GATEWAYS}/gw-1/backend-clusters?filter[name][contains]=o'brien&x={b}|^c&page[size]=10`
    const response = await rawRequest(origin, target, {
      headers: {
        accept: 'application/json',
        authorization: 'Bearer kpat_fromthebrowser000000',
        cookie: 'session=abc',
        'proxy-authorization': 'Basic dXNlcjpwYXNz',
        'x-forwarded-for': '203.0.113.9',
        'x-extension-header': 'yes',
      },
    })
    expect(response.status).toBe(200)
    expect(upstream.requests).toHaveLength(1)
    const seen = upstream.requests[0]
    expect(seen?.url).toBe(`/v1${target.slice('/api/konnect'.length)}`)
    expect(seen?.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(seen?.headers.accept).toBe('application/json')
    expect(seen?.headers.host).toBe(new URL(upstream.apiUrl).host)
    for (const name of ['cookie', 'proxy-authorization', 'x-forwarded-for', 'x-extension-header']) {
      expect(seen?.headers[name]).toBeUndefined()
    }
  })

  it("forwards the console's own JSON write with its body", async () => {
    const origin = await startDevServer()
    const body = '{"name":"orders","bootstrap_servers":["kafka:9092"]}'
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters`, {
      method: 'POST',
      headers: {
        origin,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    })
    expect(response.status).toBe(200)
    expect(upstream.requests[0]).toMatchObject({ method: 'POST', body })
    expect(upstream.requests[0]?.headers.origin).toBeUndefined()
    expect(upstream.requests[0]?.headers['sec-fetch-site']).toBeUndefined()
  })

  it("keeps Konnect's cookies, CORS and auth challenges from the browser and marks answers no-store", async () => {
    const origin = await startDevServer()
    upstream.answer((_request, response) => {
      response.writeHead(401, {
        'content-type': 'application/problem+json',
        'set-cookie': 'konnect=secret; Path=/',
        'access-control-allow-origin': '*',
        'www-authenticate': 'Basic realm="konnect"',
        'cache-control': 'public, max-age=600',
        'x-kong-request-id': 'req-42',
      })
      response.end('{"status":401,"title":"Unauthorized"}')
    })
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1`)
    expect(response.status).toBe(401)
    expect(response.text).toBe('{"status":401,"title":"Unauthorized"}')
    expect(response.headers['x-kong-request-id']).toBe('req-42')
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.headers['set-cookie']).toBeUndefined()
    expect(response.headers['access-control-allow-origin']).toBeUndefined()
    expect(response.headers['www-authenticate']).toBeUndefined()
  })

  it('answers /api/info as the production server does in shared-token mode, never with the token', async () => {
    const origin = await startDevServer()
    const response = await rawRequest(origin, '/api/info')
    expect(json(response.text)).toEqual({
      mode: 'konnect',
      apiUrl: upstream.apiUrl,
      access: 'shared-token',
      signedIn: true,
    })
    expect(response.text).not.toContain(TOKEN)
  })

  it('writes the same configuration into index.html', async () => {
    const origin = await startDevServer()
    const response = await rawRequest(origin, '/', { headers: { accept: 'text/html' } })
    expect(response.status).toBe(200)
    expect(response.text).toContain(
      `<script id="console-config" type="application/json">{"mode":"konnect","apiUrl":"${upstream.apiUrl}","access":"shared-token","signedIn":true}</script></head>`,
    )
    expect(response.text).not.toContain(TOKEN)
  })
})

describe('what the dev server never forwards', () => {
  it.each([
    `${GATEWAYS}/../../v2/users`,
    `${GATEWAYS}/../users`,
    `${GATEWAYS}/%2e%2e/%2e%2e/users`,
    `${GATEWAYS}/gw-1%2F..%2F..%2Fusers`,
    `${GATEWAYS}//evil.example/x`,
    `${GATEWAYS}/gw-1/./backend-clusters`,
    '/api/konnect/users',
    '/api/konnect/event-gatewaysX',
    '/api/other',
    '/api',
  ])('answers %s with the production 404 problem and sends nothing', async (target) => {
    const origin = await startDevServer()
    const response = await rawRequest(origin, target)
    expect(response.status).toBe(404)
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    expect(json(response.text)).toEqual({
      status: 404,
      title: 'Not Found',
      detail: NOT_FORWARDED_DETAIL,
      instance: target,
    })
    expect(upstream.requests).toHaveLength(0)
  })

  it('forwards no method beyond what the API uses', async () => {
    const origin = await startDevServer()
    const response = await rawRequest(origin, GATEWAYS, { method: 'TRACE' })
    expect(response.status).toBe(404)
    expect(upstream.requests).toHaveLength(0)
  })

  it.each<[string, RawRequestOptions]>([
    [
      'a cross-site text/plain form post',
      {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
        body: '{}',
      },
    ],
    [
      'a text/plain post without Origin',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' },
    ],
    [
      'a DELETE marked cross-site',
      { method: 'DELETE', headers: { 'sec-fetch-site': 'cross-site' } },
    ],
    ['a read from another localhost origin', { headers: { origin: 'http://localhost:3000' } }],
  ])('refuses %s with 403 problem+json', async (_case, options) => {
    const origin = await startDevServer()
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters`, options)
    expect(response.status).toBe(403)
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    expect(json(response.text)).toMatchObject({ status: 403, title: 'Forbidden' })
    expect(upstream.requests).toHaveLength(0)
  })

  it.each([GATEWAYS, '/api/info', '/'])(
    'refuses the host name evil.example for %s',
    async (target) => {
      const origin = await startDevServer()
      const response = await rawRequest(origin, target, { headers: { host: 'evil.example:5173' } })
      expect(response.status).toBe(403)
      expect(upstream.requests).toHaveLength(0)
    },
  )

  it('answers to a name listed in ALLOWED_HOSTS', async () => {
    const origin = await startDevServer({ ALLOWED_HOSTS: 'console.example.com' })
    const response = await rawRequest(origin, GATEWAYS, {
      headers: { host: 'console.example.com:5173' },
    })
    expect(response.status).toBe(200)
    expect(upstream.requests).toHaveLength(1)
  })

  it('refuses to start with a malformed ALLOWED_HOSTS', async () => {
    await expect(startDevServer({ ALLOWED_HOSTS: 'https://console.example.com' })).rejects.toThrow(
      'ALLOWED_HOSTS entry "https://console.example.com" is not a host name',
    )
  })
})
