import type { IncomingHttpHeaders } from 'node:http'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServer } from './create-server.js'
import { startFakeUpstream, type FakeUpstream } from './test/fake-upstream.js'
import { listenLocally, rawRequest } from './test/raw-request.js'
import { APP_SCRIPT_PATH, createStaticFixture, type StaticFixture } from './test/static-fixture.js'

let upstream: FakeUpstream
let fixture: StaticFixture
let app: FastifyInstance
let origin: string

beforeEach(async () => {
  upstream = await startFakeUpstream()
  fixture = await createStaticFixture()
  app = await createServer({
    mode: 'konnect',
    konnect: { token: 'kpat_0123456789abcdef', apiUrl: upstream.apiUrl, label: 'test' },
    staticDir: fixture.dir,
  })
  origin = await listenLocally(app)
})

afterEach(async () => {
  await app.close()
  await upstream.close()
  await fixture.remove()
})

function directives(headers: IncomingHttpHeaders): Map<string, string> {
  const policy = String(headers['content-security-policy'] ?? '')
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/)
        return [name, values.join(' ')] as const
      }),
  )
}

function expectSecurityHeaders(headers: IncomingHttpHeaders) {
  expect(Object.fromEntries(directives(headers))).toEqual({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data:",
    'font-src': "'self' data:",
    'connect-src': "'self'",
    'worker-src': "'self'",
    'manifest-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  })
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['x-powered-by']).toBeUndefined()
}

describe('security headers', () => {
  it.each([
    ['the app shell', '/'],
    ['a client-side route', '/backend-clusters'],
    ['a hashed asset', APP_SCRIPT_PATH],
    ['a missing asset', '/assets/missing.js'],
    ['/api/info', '/api/info'],
    ['/healthz', '/healthz'],
    ['a refused API path', '/api/konnect/users'],
    ['a forwarded API answer', '/api/konnect/event-gateways'],
  ])('are on %s', async (_case, target) => {
    const response = await rawRequest(origin, target, { headers: { accept: 'text/html' } })
    expectSecurityHeaders(response.headers)
  })

  it('override security headers Konnect might send', async () => {
    upstream.answer((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-security-policy': 'default-src *',
        'x-frame-options': 'ALLOWALL',
        'x-powered-by': 'Kong',
      })
      response.end('{}')
    })
    const response = await rawRequest(origin, '/api/konnect/event-gateways')
    expectSecurityHeaders(response.headers)
  })

  it('do not upgrade insecure requests, so plain-http deployments keep working', async () => {
    const response = await rawRequest(origin, '/')
    expect(directives(response.headers).has('upgrade-insecure-requests')).toBe(false)
  })

  it('are on errors about the request itself', async () => {
    const response = await rawRequest(origin, '/api/konnect/event-gateways', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(1_100_000),
    })
    expect(response.status).toBe(413)
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    expectSecurityHeaders(response.headers)
    expect(upstream.requests).toHaveLength(0)
  })
})

describe('malformed URLs', () => {
  it.each(['/%zz', '/assets/%zz.js', '/api/konnect/event-gateways/%c0%ae%c0%ae/users'])(
    'are refused as 400 problem+json with the security headers: %s',
    async (target) => {
      const response = await rawRequest(origin, target, { headers: { accept: 'text/html' } })
      expect(response.status).toBe(400)
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
      expectSecurityHeaders(response.headers)
      expect(upstream.requests).toHaveLength(0)
    },
  )
})

describe('answers the server gives before any hook runs', () => {
  /** Every header helmet puts on a normal answer, by name and value. */
  async function helmetHeaders(): Promise<Record<string, string>> {
    const normal = await rawRequest(origin, '/healthz')
    const names = [
      'content-security-policy',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'origin-agent-cluster',
      'referrer-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-frame-options',
      'x-permitted-cross-domain-policies',
      'x-xss-protection',
    ]
    return Object.fromEntries(names.map((name) => [name, String(normal.headers[name])]))
  }

  it('carry every security header a normal answer has, HSTS and cross-origin policies included', async () => {
    const expected = await helmetHeaders()
    expect(expected['strict-transport-security']).toBe('max-age=15552000')
    expect(expected['cross-origin-opener-policy']).toBe('same-origin')
    expect(expected['cross-origin-resource-policy']).toBe('same-origin')
    const response = await rawRequest(origin, '/%zz')
    expect(response.status).toBe(400)
    for (const [name, value] of Object.entries(expected)) {
      expect(response.headers[name], name).toBe(value)
    }
  })
})
