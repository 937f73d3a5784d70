import type { ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AllowedHosts } from './allowed-hosts.js'
import { createServer } from './create-server.js'
import type { UpstreamLimits } from './upstream-limiter.js'
import { startFakeUpstream, unusedApiUrl, type FakeUpstream } from './test/fake-upstream.js'
import { listenLocally, rawRequest, type RawResponse } from './test/raw-request.js'
import { createStaticFixture, type StaticFixture } from './test/static-fixture.js'
import { UNTRUSTED_CERTIFICATE, UNTRUSTED_KEY } from './test/untrusted-certificate.js'

const TOKEN = 'kpat_0123456789abcdefghijKLMNOP'
const GATEWAYS = '/api/konnect/event-gateways'

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

async function start(
  apiUrl = upstream.apiUrl,
  timeoutMs?: number,
  allowedHosts?: AllowedHosts,
  upstreamLimits?: UpstreamLimits,
): Promise<string> {
  app = await createServer({
    mode: 'konnect',
    konnect: { token: TOKEN, apiUrl, label: 'test' },
    staticDir: fixture.dir,
    timeoutMs,
    allowedHosts,
    upstreamLimits,
  })
  return listenLocally(app)
}

function json(text: string): unknown {
  return JSON.parse(text)
}

describe('forwarding to Konnect', () => {
  it('forwards the Event Gateway API below /v1 with the server token as a bearer token', async () => {
    const origin = await start()
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters`)
    expect(response.status).toBe(200)
    expect(json(response.text)).toEqual({ data: [], meta: { page: { total: 0 } } })
    expect(upstream.requests).toHaveLength(1)
    expect(upstream.requests[0]?.url).toBe('/v1/event-gateways/gw-1/backend-clusters')
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('forwards the collection itself', async () => {
    const origin = await start()
    await rawRequest(origin, GATEWAYS)
    expect(upstream.requests[0]?.url).toBe('/v1/event-gateways')
  })

  it("replaces the browser's credentials and drops its cookies", async () => {
    const origin = await start()
    await rawRequest(origin, `${GATEWAYS}/gw-1`, {
      headers: {
        authorization: 'Bearer kpat_fromthebrowser000000',
        cookie: 'session=abc; konnect=xyz',
        'proxy-authorization': 'Basic dXNlcjpwYXNz',
        // The console's own origin: it passes the same-origin check and is still not forwarded.
        origin,
        'x-forwarded-for': '203.0.113.9',
        accept: 'application/json',
      },
    })
    const seen = upstream.requests[0]?.headers ?? {}
    expect(seen.authorization).toBe(`Bearer ${TOKEN}`)
    expect(seen.cookie).toBeUndefined()
    expect(seen['proxy-authorization']).toBeUndefined()
    expect(seen.origin).toBeUndefined()
    expect(seen['x-forwarded-for']).toBeUndefined()
    expect(seen.accept).toBe('application/json')
    expect(seen.host).toBe(new URL(upstream.apiUrl).host)
  })

  it('forwards query strings byte for byte', async () => {
    const origin = await start()
    const query =
      '?page[size]=10&page[after]=abc%3D%3D&filter[name][contains]=orders%20eu&sort=name'
    await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters${query}`)
    expect(upstream.requests[0]?.url).toBe(`/v1/event-gateways/gw-1/backend-clusters${query}`)
  })

  it.each([
    '?page[size]=10&filter[name][contains]=x',
    `?filter[name][contains]=o'brien&filter[name][neq]="a"&x={b}|^c&sort=-name`,
  ])('forwards the query string %s exactly as the browser sent it', async (query) => {
    const origin = await start()
    await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters${query}`)
    expect(upstream.requests[0]?.url).toBe(`/v1/event-gateways/gw-1/backend-clusters${query}`)
  })

  it('forwards path segments exactly as the browser sent them', async () => {
    const origin = await start()
    const path = "/gw-1/backend-clusters/a:b@c!$&'()*+,;=~%c3%a9%7E"
    await rawRequest(origin, `${GATEWAYS}${path}`)
    expect(upstream.requests[0]?.url).toBe(`/v1/event-gateways${path}`)
  })

  it('forwards a body with its content type and parameters byte for byte', async () => {
    const origin = await start()
    const body = '{ "name" : "commandes-\u00e9té",\n  "bootstrap_servers": ["kafka:9092"] }'
    await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
    })
    expect(upstream.requests[0]?.body).toBe(body)
    expect(upstream.requests[0]?.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(upstream.requests[0]?.headers['content-length']).toBe(String(Buffer.byteLength(body)))
  })

  it("passes Konnect's 503 on a GET through as it came, without retrying", async () => {
    const origin = await start()
    const sent = JSON.stringify({ status: 503, title: 'Service Unavailable', detail: 'busy' })
    upstream.answer((_request, response) => {
      response.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '1' })
      response.end(sent)
    })
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters?page[size]=10`)
    expect(response.status).toBe(503)
    expect(response.headers['retry-after']).toBe('1')
    expect(response.text).toBe(sent)
    expect(upstream.requests).toHaveLength(1)
  })

  it('forwards bodies and methods unchanged', async () => {
    const origin = await start()
    upstream.answer((_request, response) => {
      response.writeHead(201, { 'content-type': 'application/json' })
      response.end('{"id":"c-1"}')
    })
    const body = '{"name":"orders","bootstrap_servers":["kafka:9092"]}'
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    expect(response.status).toBe(201)
    expect(upstream.requests[0]).toMatchObject({ method: 'POST', body })
    expect(upstream.requests[0]?.headers['content-type']).toBe('application/json')
  })

  it.each(['PUT', 'PATCH', 'DELETE'])('forwards %s', async (method) => {
    const origin = await start()
    upstream.answer((_request, response) => {
      response.writeHead(204)
      response.end()
    })
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters/c-1`, { method })
    expect(response.status).toBe(204)
    expect(response.body).toHaveLength(0)
    expect(upstream.requests[0]?.method).toBe(method)
  })

  it.each([
    [
      400,
      {
        status: 400,
        title: 'Invalid Parameters',
        instance: 'kong:trace:123',
        detail: 'Invalid Parameters',
        invalid_parameters: [
          { field: 'name', rule: 'is_label', reason: 'must be a label', source: 'body' },
        ],
      },
    ],
    [
      401,
      {
        status: 401,
        title: 'Unauthorized',
        instance: 'kong:trace:456',
        detail: 'Invalid credentials',
      },
    ],
    [
      404,
      {
        status: 404,
        title: 'Not Found',
        instance: 'kong:trace:789',
        detail: 'backend cluster not found',
      },
    ],
  ])("passes Konnect's %i problem through unchanged", async (status, problem) => {
    const origin = await start()
    const sent = JSON.stringify(problem)
    upstream.answer((_request, response) => {
      response.writeHead(status, {
        'content-type': 'application/problem+json',
        'x-kong-request-id': 'req-42',
      })
      response.end(sent)
    })
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters/c-1`)
    expect(response.status).toBe(status)
    expect(response.headers['content-type']).toBe('application/problem+json')
    expect(response.headers['x-kong-request-id']).toBe('req-42')
    expect(response.text).toBe(sent)
  })

  it("keeps Konnect's cookies, CORS and auth challenges from the browser", async () => {
    const origin = await start()
    upstream.answer((_request, response) => {
      response.writeHead(401, {
        'content-type': 'application/problem+json',
        'set-cookie': 'konnect=secret; Path=/',
        'access-control-allow-origin': '*',
        'www-authenticate': 'Basic realm="konnect"',
      })
      response.end('{"status":401,"title":"Unauthorized"}')
    })
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1`)
    expect(response.status).toBe(401)
    expect(response.headers['set-cookie']).toBeUndefined()
    expect(response.headers['access-control-allow-origin']).toBeUndefined()
    expect(response.headers['www-authenticate']).toBeUndefined()
  })

  it('marks forwarded answers as not cacheable', async () => {
    const origin = await start()
    upstream.answer((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'cache-control': 'public, max-age=600',
      })
      response.end('{}')
    })
    const response = await rawRequest(origin, GATEWAYS)
    expect(response.headers['cache-control']).toBe('no-store')
  })
})

describe('what is never forwarded', () => {
  it.each([
    '/api/konnect/users',
    '/api/konnect/v2/control-planes',
    '/api/konnect/event-gatewaysX',
    '/api/konnect/event-gateways/../users',
    '/api/konnect/event-gateways/%2e%2e/%2e%2e/users',
    '/api/konnect/event-gateways/%2E%2E/%2E%2E/organizations/me',
    '/api/konnect/event-gateways/gw-1%2F..%2F..%2Fusers',
    '/api/konnect/event-gateways//evil.example/x',
    '/api/konnect/https://evil.example/v1/event-gateways',
    '/api/konnect/event-gateways/gw-1%252f..%252f..%252fusers',
    '/api/konnect/event-gateways/%252e%252e/%252e%252e/users',
    '/api/other',
    '/api',
  ])('answers %s with 404 problem+json and sends nothing upstream', async (target) => {
    const origin = await start()
    const response = await rawRequest(origin, target)
    expect(response.status).toBe(404)
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    expect(json(response.text)).toMatchObject({ status: 404, title: 'Not Found' })
    expect(upstream.requests).toHaveLength(0)
  })

  it('does not act as a forward proxy for absolute-form requests', async () => {
    const origin = await start()
    const response = await rawRequest(origin, `${upstream.apiUrl}/event-gateways`)
    expect(response.status).toBe(404)
    expect(upstream.requests).toHaveLength(0)
  })

  it('forwards no method beyond what the API uses', async () => {
    const origin = await start()
    const response = await rawRequest(origin, GATEWAYS, { method: 'TRACE' })
    expect(response.status).toBe(404)
    expect(upstream.requests).toHaveLength(0)
  })
})

describe('when Konnect does not answer', () => {
  it('answers 504 problem+json once the timeout has passed', async () => {
    upstream.answer(() => {
      // never answers
    })
    const origin = await start(upstream.apiUrl, 200)
    const response = await rawRequest(origin, `${GATEWAYS}?page[size]=10`)
    expect(response.status).toBe(504)
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    expect(json(response.text)).toEqual({
      status: 504,
      title: 'Gateway Timeout',
      detail: 'Konnect did not answer within 0.2 seconds.',
      instance: `${GATEWAYS}?page[size]=10`,
    })
  })

  it('answers 502 problem+json without the token when Konnect is unreachable', async () => {
    const origin = await start(await unusedApiUrl())
    const response = await rawRequest(origin, GATEWAYS)
    expect(response.status).toBe(502)
    expect(json(response.text)).toEqual({
      status: 502,
      title: 'Bad Gateway',
      detail: 'Konnect is unreachable: the connection was refused (ECONNREFUSED).',
      instance: GATEWAYS,
    })
    expect(response.text).not.toContain(TOKEN)
  })

  it('answers 502 once, without retrying, when Konnect drops the connection', async () => {
    upstream.answer((_request, response) => {
      response.socket?.destroy()
    })
    const origin = await start()
    const response = await rawRequest(origin, GATEWAYS)
    expect(response.status).toBe(502)
    expect(json(response.text)).toMatchObject({
      detail: expect.stringMatching(
        /^Konnect is unreachable: the connection was closed before an answer came/,
      ) as unknown,
    })
    expect(upstream.requests).toHaveLength(1)
  })

  it('answers 502 when Konnect answers with an invalid status', async () => {
    upstream.answer((_request, response) => {
      response.writeHead(600, { 'content-type': 'application/json', etag: 'W/"1"' })
      response.end('{"secret":"not for the browser"}')
    })
    const origin = await start()
    const response = await rawRequest(origin, GATEWAYS)
    expect(response.status).toBe(502)
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    expect(response.headers.etag).toBeUndefined()
    expect(json(response.text)).toEqual({
      status: 502,
      title: 'Bad Gateway',
      detail: 'Konnect answered with an invalid HTTP status.',
      instance: GATEWAYS,
    })
  })

  it('sends nothing to a Konnect whose TLS certificate is not trusted', async () => {
    const impostor = await startFakeUpstream({
      tls: { key: UNTRUSTED_KEY, cert: UNTRUSTED_CERTIFICATE },
    })
    try {
      const origin = await start(impostor.apiUrl)
      const response = await rawRequest(origin, GATEWAYS)
      expect(response.status).toBe(502)
      expect(json(response.text)).toMatchObject({
        detail: expect.stringMatching(
          /^Konnect is unreachable: its TLS certificate was not accepted/,
        ) as unknown,
      })
      expect(impostor.requests).toHaveLength(0)
    } finally {
      await impostor.close()
    }
  })

  it('answers 502 when the host name does not resolve', async () => {
    const origin = await start('http://localhost.invalid/v1')
    const response = await rawRequest(origin, GATEWAYS)
    expect(response.status).toBe(502)
    expect(json(response.text)).toMatchObject({
      title: 'Bad Gateway',
      detail: expect.stringMatching(
        /^Konnect is unreachable: its host name could not be resolved/,
      ) as unknown,
    })
  })
})

describe('requests that do not come from the console', () => {
  const BODY = '{"name":"orders","bootstrap_servers":["kafka:9092"]}'

  async function expectRefused(
    target: string,
    init: { method: string; headers: Record<string, string>; body?: string },
    detail: string | RegExp,
  ) {
    const response = await rawRequest(origin, target, init)
    expect(response.status).toBe(403)
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.headers['content-security-policy']).toContain("default-src 'self'")
    const problem = json(response.text) as { detail: string }
    expect(problem).toMatchObject({ status: 403, title: 'Forbidden', instance: target })
    expect(problem.detail).toMatch(detail)
    expect(upstream.requests).toHaveLength(0)
  }

  let origin: string
  beforeEach(async () => {
    origin = await start()
  })

  /** The fetch metadata Chromium sends with the console's own fetch() calls. */
  const CONSOLE_FETCH = () => ({
    origin,
    'sec-fetch-site': 'same-origin',
    'sec-fetch-mode': 'cors',
  })

  it('refuses a cross-site form post (text/plain) and forwards nothing', async () => {
    await expectRefused(
      `${GATEWAYS}/gw-1/backend-clusters`,
      {
        method: 'POST',
        headers: {
          origin: 'https://evil.example',
          'sec-fetch-site': 'cross-site',
          'content-type': 'text/plain',
        },
        body: BODY,
      },
      /^Only the console itself may use this API: this request comes from https:\/\/evil\.example/,
    )
  })

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=b'])(
    'refuses a %s body from a browser that sends no Origin',
    async (type) => {
      await expectRefused(
        `${GATEWAYS}/gw-1/backend-clusters`,
        { method: 'POST', headers: { 'content-type': type }, body: BODY },
        `Request bodies must be JSON (Content-Type: application/json), not ${type}.`,
      )
    },
  )

  it('refuses a cross-site DELETE marked by the browser', async () => {
    await expectRefused(
      `${GATEWAYS}/gw-1/backend-clusters/c-1`,
      { method: 'DELETE', headers: { 'sec-fetch-site': 'same-site' } },
      'Only the console itself may use this API: the browser marked this request as same-site.',
    )
  })

  it('refuses a read from another origin', async () => {
    await expectRefused(
      `${GATEWAYS}?page[size]=10`,
      { method: 'GET', headers: { origin: 'http://localhost:3000' } },
      /comes from http:\/\/localhost:3000, not from http:\/\/127\.0\.0\.1:\d+\./,
    )
  })

  it('refuses before reading the body, so an oversized one gets 403, not 413', async () => {
    await expectRefused(
      `${GATEWAYS}/gw-1/backend-clusters`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'x'.repeat(2 * 1024 * 1024),
      },
      /^Request bodies must be JSON/,
    )
  })

  it.each(['POST', 'PUT', 'PATCH'])(
    "forwards the console's own same-origin JSON %s",
    async (method) => {
      const response = await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters/c-1`, {
        method,
        headers: { ...CONSOLE_FETCH(), 'content-type': 'application/json' },
        body: BODY,
      })
      expect(response.status).toBe(200)
      expect(upstream.requests[0]).toMatchObject({ method, body: BODY })
    },
  )

  it("forwards the console's own same-origin DELETE", async () => {
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters/c-1`, {
      method: 'DELETE',
      headers: CONSOLE_FETCH(),
    })
    expect(response.status).toBe(200)
    expect(upstream.requests[0]?.method).toBe('DELETE')
  })

  it('forwards a same-origin write behind a proxy that terminates TLS', async () => {
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters`, {
      method: 'POST',
      headers: {
        origin: origin.replace('http:', 'https:'),
        'x-forwarded-proto': 'https',
        'content-type': 'application/json',
      },
      body: BODY,
    })
    expect(response.status).toBe(200)
    expect(upstream.requests).toHaveLength(1)
  })
})

describe('host names', () => {
  it.each(['evil.example', 'evil.example:8080', '127.0.0.1.nip.io'])(
    'answers the API under the name %s with 403 and forwards nothing',
    async (host) => {
      const origin = await start()
      for (const target of [`${GATEWAYS}/gw-1/backend-clusters`, '/api/info']) {
        const response = await rawRequest(origin, target, { headers: { host } })
        expect(response.status).toBe(403)
        expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
        expect(json(response.text)).toMatchObject({
          status: 403,
          detail: expect.stringContaining('add it to ALLOWED_HOSTS') as unknown,
        })
      }
      expect(upstream.requests).toHaveLength(0)
    },
  )

  it.each(['/%61pi/info', '/api/%69nfo', '/%61%70%69/info', '/api/%6bonnect/event-gateways'])(
    'checks the name on the path the router sees, so %s under evil.example gets 403',
    async (target) => {
      const origin = await start()
      const response = await rawRequest(origin, target, { headers: { host: 'evil.example' } })
      expect(response.status).toBe(403)
      expect(json(response.text)).toMatchObject({ status: 403 })
      expect(upstream.requests).toHaveLength(0)
    },
  )

  it('checks the origin on the path the router sees', async () => {
    const origin = await start()
    const response = await rawRequest(origin, '/%61pi/info', {
      headers: { origin: 'https://evil.example' },
    })
    expect(response.status).toBe(403)
  })

  it('still serves the app itself under any name (it holds nothing secret)', async () => {
    const origin = await start()
    const response = await rawRequest(origin, '/', {
      headers: { host: 'evil.example', accept: 'text/html' },
    })
    expect(response.status).toBe(200)
  })

  it.each(['localhost', '[::1]:8080', '10.0.0.5'])(
    'forwards under the local name or address %s',
    async (host) => {
      const origin = await start()
      const response = await rawRequest(origin, GATEWAYS, { headers: { host } })
      expect(response.status).toBe(200)
      expect(upstream.requests).toHaveLength(1)
    },
  )

  it('forwards under a name listed in ALLOWED_HOSTS, whatever the port', async () => {
    const origin = await start(upstream.apiUrl, undefined, {
      any: false,
      names: new Set(['console.example.com']),
    })
    const response = await rawRequest(origin, GATEWAYS, {
      headers: { host: 'console.example.com:8443' },
    })
    expect(response.status).toBe(200)
    expect(upstream.requests).toHaveLength(1)
    const other = await rawRequest(origin, GATEWAYS, { headers: { host: 'evil.example' } })
    expect(other.status).toBe(403)
    expect(upstream.requests).toHaveLength(1)
  })

  it('forwards under any name with ALLOWED_HOSTS=*', async () => {
    const origin = await start(upstream.apiUrl, undefined, { any: true })
    const response = await rawRequest(origin, GATEWAYS, { headers: { host: 'evil.example' } })
    expect(response.status).toBe(200)
  })
})

/** Konnect's headers that describe its body; none may label an answer the server made itself. */
const KONNECT_ENTITY_HEADERS = {
  'content-type': 'application/json',
  etag: 'W/"42"',
  'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT',
  'x-ratelimit-remaining-minute': '99',
  'ratelimit-remaining': '99',
}

function expectCleanProblem(response: RawResponse, status: number) {
  expect(response.status).toBe(status)
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
  expect(response.headers['content-encoding']).toBeUndefined()
  for (const name of Object.keys(KONNECT_ENTITY_HEADERS).filter((n) => n !== 'content-type')) {
    expect(response.headers[name], name).toBeUndefined()
  }
  expect(json(response.text)).toMatchObject({ status })
}

describe('when Konnect fails in the middle of its answer', () => {
  const BROTLI = { 'accept-encoding': 'gzip, deflate, br' }

  it('answers a clean 504 when Konnect stalls after its headers, compression on', async () => {
    upstream.answer((_request, response) => {
      response.writeHead(200, KONNECT_ENTITY_HEADERS)
      response.flushHeaders()
    })
    const origin = await start(upstream.apiUrl, 300)
    const response = await rawRequest(origin, GATEWAYS, { headers: BROTLI })
    expectCleanProblem(response, 504)
  })

  it('answers a clean 502 when Konnect resets after part of its body, compression on', async () => {
    upstream.answer((_request, response) => {
      response.writeHead(200, KONNECT_ENTITY_HEADERS)
      response.write('{"data":[{"id":"c-1","name":"orders"},')
      setTimeout(() => response.socket?.destroy(), 50)
    })
    const origin = await start()
    const response = await rawRequest(origin, GATEWAYS, { headers: BROTLI })
    expectCleanProblem(response, 502)
  })

  it.each([
    ['a reset', (response: ServerResponse) => response.socket?.destroy()],
    ['a stall', () => undefined],
  ])('aborts the connection on %s once part of the answer has gone out', async (_case, fail) => {
    upstream.answer((_request, response) => {
      response.writeHead(200, KONNECT_ENTITY_HEADERS)
      // More than any buffer on the way holds, so the browser has the headers already.
      response.write(`{"data":[${'{"id":"c-1"},'.repeat(40_000)}`)
      setTimeout(() => fail(response), 100)
    })
    const origin = await start(upstream.apiUrl, 500)
    await expect(rawRequest(origin, GATEWAYS)).rejects.toThrow(/aborted|ECONNRESET|socket hang up/)
  })
})

describe("what Konnect's answers may be", () => {
  it.each([
    ['HTML', 'text/html; charset=utf-8', '<html>maintenance</html>'],
    ['plain text', 'text/plain', 'upstream connect error'],
    ['JSON text sequences', 'application/json-seq', '{}'],
    ['JavaScript', 'application/javascript', 'alert(1)'],
    ['untyped', undefined, '{"data":[]}'],
  ])('turns %s into a 502 problem', async (_case, type, body) => {
    upstream.answer((_request, response) => {
      const others = Object.entries(KONNECT_ENTITY_HEADERS).filter(
        ([name]) => name !== 'content-type',
      )
      response.writeHead(
        200,
        [...others, ...(type === undefined ? [] : [['content-type', type]])].flat(),
      )
      response.end(body)
    })
    const origin = await start()
    const response = await rawRequest(origin, GATEWAYS)
    expectCleanProblem(response, 502)
    expect(response.text).not.toContain(body)
  })

  it.each(['application/json', 'application/json; charset=utf-8', 'application/problem+json'])(
    'passes %s through',
    async (type) => {
      upstream.answer((_request, response) => {
        response.writeHead(200, { 'content-type': type })
        response.end('{"data":[]}')
      })
      const origin = await start()
      const response = await rawRequest(origin, GATEWAYS)
      expect(response.status).toBe(200)
      expect(response.headers['content-type']).toBe(type)
      expect(response.text).toBe('{"data":[]}')
    },
  )

  it('passes an answer without a body through without a type', async () => {
    upstream.answer((_request, response) => {
      response.writeHead(204, { 'x-kong-request-id': 'req-1' })
      response.end()
    })
    const origin = await start()
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1`, { method: 'DELETE' })
    expect(response.status).toBe(204)
    expect(response.headers['x-kong-request-id']).toBe('req-1')
  })
})

describe('how long the browser waits, queueing included', () => {
  it('ends every request within the timeout, however many wait for a connection', async () => {
    upstream.answer((_request, response) => {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end('{"data":[]}')
      }, 700)
    })
    const timeoutMs = 1_000
    // Two connections for eight calls: without a deadline that counts the wait, the last pair
    // would be answered (200) after about 2.8 s.
    const origin = await start(upstream.apiUrl, timeoutMs, undefined, {
      connections: 2,
      queued: 16,
    })
    const started = performance.now()
    const results = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const response = await rawRequest(origin, GATEWAYS)
        return { status: response.status, ms: performance.now() - started }
      }),
    )
    expect(results.filter((result) => result.status === 200)).toHaveLength(2)
    expect(results.filter((result) => result.status === 504)).toHaveLength(6)
    expect(Math.max(...results.map((result) => result.ms))).toBeLessThan(timeoutMs + 500)
  })

  it('answers 503 with Retry-After when the queue is full, and forwards nothing for it', async () => {
    upstream.answer((_request, response) => {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end('{}')
      }, 300)
    })
    const origin = await start(upstream.apiUrl, 2_000, undefined, { connections: 1, queued: 1 })
    const responses = await Promise.all(
      Array.from({ length: 3 }, () => rawRequest(origin, GATEWAYS)),
    )
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses).toEqual([200, 200, 503])
    const full = responses.find((response) => response.status === 503)
    expect(full?.headers['retry-after']).toMatch(/^\d+$/)
    expect(full?.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    expect(upstream.requests).toHaveLength(2)
  })
})
