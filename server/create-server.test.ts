import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServer } from './create-server.js'
import { startFakeUpstream, type FakeUpstream } from './test/fake-upstream.js'
import { listenLocally, rawRequest } from './test/raw-request.js'
import { createStaticFixture, type StaticFixture } from './test/static-fixture.js'

const TOKEN = 'kpat_0123456789abcdefghijKLMNOP'

let upstream: FakeUpstream
let fixture: StaticFixture
let app: FastifyInstance | undefined

beforeEach(async () => {
  upstream = await startFakeUpstream()
  fixture = await createStaticFixture()
})

afterEach(async () => {
  await app?.close()
  app = undefined
  await upstream.close()
  await fixture.remove()
})

async function start(mode: 'konnect' | 'demo', label = 'eu'): Promise<string> {
  app = await createServer({
    mode,
    konnect: { token: TOKEN, apiUrl: upstream.apiUrl, label },
    staticDir: fixture.dir,
  })
  return listenLocally(app)
}

describe('/api/info', () => {
  it('names the API URL and the access mode, and nothing else, in Konnect mode', async () => {
    const origin = await start('konnect')
    const response = await rawRequest(origin, '/api/info')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.text)).toEqual({
      mode: 'konnect',
      apiUrl: upstream.apiUrl,
      access: 'shared-token',
      signedIn: true,
    })
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.text).not.toContain(TOKEN)
  })

  it('says demo in demo mode', async () => {
    const origin = await start('demo')
    expect(JSON.parse((await rawRequest(origin, '/api/info')).text)).toEqual({ mode: 'demo' })
  })
})

describe('/healthz', () => {
  it.each(['konnect', 'demo'] as const)(
    'answers ok in %s mode without asking Konnect',
    async (mode) => {
      const origin = await start(mode)
      const response = await rawRequest(origin, '/healthz')
      expect(response.status).toBe(200)
      expect(JSON.parse(response.text)).toEqual({ status: 'ok' })
      expect(response.text).not.toContain(TOKEN)
      expect(upstream.requests).toHaveLength(0)
    },
  )
})

describe('demo mode', () => {
  it.each([
    '/api/konnect/event-gateways',
    '/api/konnect/event-gateways/gw-1/backend-clusters?page[size]=10',
  ])('forwards nothing, even with a token at hand: %s → 404', async (target) => {
    const origin = await start('demo')
    for (const method of ['GET', 'POST', 'DELETE']) {
      const response = await rawRequest(origin, target, {
        method,
        headers: { accept: 'text/html' },
      })
      expect(response.status).toBe(404)
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    }
    expect(upstream.requests).toHaveLength(0)
  })

  it('answers /api/info under any host name and from any origin: there is no token to protect', async () => {
    const origin = await start('demo')
    const response = await rawRequest(origin, '/api/info', {
      headers: { host: 'evil.example', origin: 'https://evil.example' },
    })
    expect(response.status).toBe(200)
    expect(JSON.parse(response.text)).toEqual({ mode: 'demo' })
  })
})

describe('createServer', () => {
  it('refuses Konnect mode without a Konnect configuration', async () => {
    await expect(
      createServer({ mode: 'konnect', konnect: null, staticDir: fixture.dir }),
    ).rejects.toThrow(/needs a Konnect configuration/)
  })

  it('returns a server that is not listening yet', async () => {
    app = await createServer({ mode: 'demo', konnect: null, staticDir: fixture.dir })
    expect(app.server.listening).toBe(false)
    const response = await app.inject({ url: '/healthz' })
    expect(response.json()).toEqual({ status: 'ok' })
  })
})

describe('errors while handling a request', () => {
  const INTERNAL = 'ENOENT: open /srv/console/secrets/db.json (db.internal:5432)'

  /** A demo server with routes that fail as a plugin or a library might. */
  async function withFailingRoutes(): Promise<FastifyInstance> {
    const server = await createServer({ mode: 'demo', konnect: null, staticDir: fixture.dir })
    server.get('/fails', () => {
      throw new Error(INTERNAL)
    })
    server.get('/fails-as-4xx', () => {
      throw Object.assign(new Error(INTERNAL), { statusCode: 400 })
    })
    server.post('/echo', { bodyLimit: 64 }, (request) => ({ got: request.body }))
    app = server
    return server
  }

  it.each([
    ['/fails', 500, 'The console server could not handle this request.'],
    ['/fails-as-4xx', 400, 'The console server could not accept this request.'],
  ])(
    'answers %s with a generic problem, never the internal message',
    async (url, status, detail) => {
      const server = await withFailingRoutes()
      const response = await server.inject({ url })
      expect(response.statusCode).toBe(status)
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
      expect(response.json()).toMatchObject({ status, detail })
      expect(response.body).not.toContain('/srv/console')
      expect(response.body).not.toContain('db.internal')
    },
  )

  it.each([
    ['{"half":', 400, "Body is not valid JSON but content-type is set to 'application/json'"],
    [JSON.stringify({ big: 'x'.repeat(100) }), 413, 'Request body is too large'],
  ])("keeps Fastify's own words about a bad request: %#", async (payload, status, detail) => {
    const server = await withFailingRoutes()
    const response = await server.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'application/json' },
      payload,
    })
    expect(response.statusCode).toBe(status)
    expect(response.json()).toMatchObject({ status, detail })
  })
})
