// Random request targets, encodings, methods and headers against the real server (Konnect mode,
// shared token) over raw sockets: it never answers a client's fault with a 5xx, every answer has
// the security headers, and nothing outside the allow-list, or from another site or name, ever
// reaches Konnect.
import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer } from './create-server.js'
import { SECURITY_HEADERS } from './security-headers.js'
import { startFakeUpstream, type FakeUpstream } from './test/fake-upstream.js'
import { listenLocally } from './test/raw-request.js'
import { exchangeRaw, headersOf } from './test/raw-socket.js'
import { createStaticFixture, type StaticFixture } from './test/static-fixture.js'

const TOKEN = 'kpat_0123456789abcdefghijKLMNOP'
const FORWARDED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'])
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '10.0.0.5'])

let upstream: FakeUpstream
let fixture: StaticFixture
let app: FastifyInstance
let origin: string

beforeAll(async () => {
  upstream = await startFakeUpstream()
  fixture = await createStaticFixture()
  app = await createServer({
    mode: 'konnect',
    konnect: { token: TOKEN, apiUrl: upstream.apiUrl, label: 'fuzz' },
    staticDir: fixture.dir,
  })
  origin = await listenLocally(app)
})

afterAll(async () => {
  await app.close()
  await upstream.close()
  await fixture.remove()
})

const SEGMENTS = [
  'api',
  'konnect',
  'event-gateways',
  'info',
  'session',
  'healthz',
  'assets',
  'index.html',
  'gw-1',
  'backend-clusters',
  'users',
  '..',
  '.',
  '',
  '%2e%2e',
  '%2E',
  '.%2e',
  '%2f',
  '%2F..',
  '%5c',
  '\\',
  '%25',
  '%252f',
  '%252e%252e',
  '%2561',
  '%61pi',
  '%61',
  '%6bonnect',
  'event%2Dgateways',
  '%00',
  '%0d%0a',
  '%zz',
  '%',
  '%c0%ae',
  '%c3%a9',
  '~',
  '%7E',
  'a%20b',
  ';x=1',
  'a:b@c',
  'https:',
  'evil.example',
]
const QUERIES = ['', '?page[size]=10', '?filter[name][contains]=a%25', '?x=%zz', '?a=1#frag', '?']

const SAFE_SEGMENTS = ['gw-1', 'backend-clusters', 'c-1', 'a:b@c', '%c3%a9', '%7E', 'a%20b', '~x']

// Targets known to have fooled a server like this one (checks on the raw path, the router on the
// decoded one; double decoding; dot segments).
const TRICKY_TARGETS = [
  '/%61pi/info',
  '/api/%69nfo',
  '/%61%70%69/info',
  '/%61pi/konnect/event-gateways',
  '/api/%6bonnect/event-gateways/gw-1',
  '/api/konnect/event-gateways/gw-1%252f..%252fusers',
  '/api/konnect/event-gateways/%2e%2e/users',
  '/api/konnect/event-gateways/..%2fusers',
  '/api/konnect/event-gateways/gw-1/../../users',
  '//api/info',
  '/api/info/',
  '/API/info',
]

const target = fc.oneof(
  fc.constantFrom(...TRICKY_TARGETS),
  // Requests the console itself makes, so that some do reach Konnect.
  fc
    .tuple(
      fc.array(fc.constantFrom(...SAFE_SEGMENTS), { minLength: 1, maxLength: 3 }),
      fc.constantFrom(...QUERIES),
    )
    .map(([segments, query]) => `/api/konnect/event-gateways/${segments.join('/')}${query}`),
  fc
    .tuple(
      fc.constantFrom('', '/api/konnect/event-gateways', '/api', '/api/konnect'),
      fc.array(fc.constantFrom(...SEGMENTS), { maxLength: 5 }),
      fc.constantFrom(...QUERIES),
    )
    .map(([prefix, segments, query]) => `${prefix}/${segments.join('/')}${query}`),
  // Anything printable at all, spaces and controls aside (those are the parser's to refuse).
  fc.string({
    unit: fc.constantFrom(...Array.from('/%.api2eEfF5cC~?#[]=&konnect-gateways')),
    maxLength: 40,
  }),
)

const request = fc.record({
  method: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'),
  target,
  host: fc.oneof(
    { arbitrary: fc.constantFrom('127.0.0.1', 'localhost', '[::1]', '10.0.0.5'), weight: 3 },
    {
      arbitrary: fc.constantFrom('evil.example', 'evil.example:80', '127.0.0.1.nip.io', 'bad host'),
      weight: 1,
    },
  ),
  origin: fc.option(
    fc.constantFrom('own', 'https://evil.example', 'null', 'http://localhost:3000'),
  ),
  site: fc.option(fc.constantFrom('same-origin', 'same-site', 'cross-site', 'none')),
  type: fc.option(
    fc.constantFrom(
      'application/json',
      'application/merge-patch+json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ),
    { freq: 1 },
  ),
  body: fc.option(fc.constantFrom('{}', '{"name":"x"}', 'a=b', '{', 'x'.repeat(2000)), {
    freq: 1,
  }),
})

type FuzzRequest = typeof request extends fc.Arbitrary<infer T> ? T : never

function rawBytes(fuzz: FuzzRequest): string {
  const lines = [
    `${fuzz.method} ${fuzz.target} HTTP/1.1`,
    `Host: ${fuzz.host}`,
    'Connection: close',
  ]
  if (fuzz.origin !== null) {
    lines.push(`Origin: ${fuzz.origin === 'own' ? `http://${fuzz.host}` : fuzz.origin}`)
  }
  if (fuzz.site !== null) lines.push(`Sec-Fetch-Site: ${fuzz.site}`)
  if (fuzz.type !== null) lines.push(`Content-Type: ${fuzz.type}`)
  if (fuzz.body !== null) lines.push(`Content-Length: ${Buffer.byteLength(fuzz.body)}`)
  return `${lines.join('\r\n')}\r\n\r\n${fuzz.body ?? ''}`
}

/** What the server may forward at most: the API below /v1/event-gateways, no dots, no %25. */
function isAllowedUpstream(method: string, url: string): boolean {
  if (!FORWARDED_METHODS.has(method)) return false
  const path = url.split('?', 1)[0] ?? ''
  if (!/^\/v1\/event-gateways(\/[A-Za-z0-9\-._~!$&'()*+,;=:@%]+)*$/.test(path)) return false
  return path
    .split('/')
    .slice(3)
    .every((segment) => {
      if (segment.includes('%25')) return false
      let decoded: string
      try {
        decoded = decodeURIComponent(segment)
      } catch {
        return false
      }
      const controls = Array.from(decoded).some((char) => char < ' ' || char === '\x7f')
      return decoded !== '.' && !decoded.includes('..') && !/[/\\]/.test(decoded) && !controls
    })
}

describe('the server under random requests', () => {
  it('never answers 5xx, always sends the security headers, forwards only what it may', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (fuzz) => {
        const before = upstream.requests.length
        const exchange = await exchangeRaw(origin, rawBytes(fuzz))
        expect(exchange.closed).toBe(true)
        expect(exchange.status, exchange.text.slice(0, 300)).toBeGreaterThanOrEqual(200)
        expect(exchange.status, exchange.text.slice(0, 300)).toBeLessThan(500)
        const headers = headersOf(exchange.text)
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
          expect(headers[name], name).toBe(value)
        }
        const forwarded = upstream.requests.slice(before)
        for (const call of forwarded) {
          expect(isAllowedUpstream(call.method, call.url), `${call.method} ${call.url}`).toBe(true)
          expect(call.headers.authorization).toBe(`Bearer ${TOKEN}`)
        }
        const body = exchange.text.slice(exchange.text.indexOf('\r\n\r\n') + 4)
        const answeredInfo =
          exchange.status === 200 &&
          headers['content-type']?.startsWith('application/json') === true &&
          body.includes('"access":"shared-token"')
        if (forwarded.length > 0 || answeredInfo) {
          // Only under a local name, and never on another site's behalf.
          expect(LOCAL_HOSTS.has(fuzz.host)).toBe(true)
          expect(fuzz.origin === null || fuzz.origin === 'own').toBe(true)
          expect(fuzz.site === null || fuzz.site === 'same-origin' || fuzz.site === 'none').toBe(
            true,
          )
        }
      }),
      { numRuns: 500 },
    )
    // The runs reached Konnect too, so the checks above were not checking nothing.
    expect(upstream.requests.length).toBeGreaterThan(3)
  })
})
