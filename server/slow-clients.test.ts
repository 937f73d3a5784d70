// Clients that take too long to send their request are cut off (REQUEST_TIMEOUT_MS), with an
// answer that carries the same security headers as any other.
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServer } from './create-server.js'
import { SECURITY_HEADERS } from './security-headers.js'
import { startFakeUpstream, type FakeUpstream } from './test/fake-upstream.js'
import { exchangeRaw, headersOf } from './test/raw-socket.js'
import { listenLocally } from './test/raw-request.js'
import { createStaticFixture, type StaticFixture } from './test/static-fixture.js'

const REQUEST_TIMEOUT_MS = 300

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
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
  })
  origin = await listenLocally(app)
})

afterEach(async () => {
  await app.close()
  await upstream.close()
  await fixture.remove()
})

function expectTimedOutAnswer(text: string) {
  const headers = headersOf(text)
  expect(headers['content-type']).toBe('application/problem+json; charset=utf-8')
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(headers[name], name).toBe(value)
  expect(text).toContain('"status":408')
}

describe('a client too slow to send its request', () => {
  it('is cut off with 408 when the body it announced does not come', async () => {
    const exchange = await exchangeRaw(
      origin,
      'POST /api/konnect/event-gateways HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
    )
    expect(exchange.closed).toBe(true)
    expect(exchange.status).toBe(408)
    expect(exchange.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 1_000)
    expectTimedOutAnswer(exchange.text)
    expect(upstream.requests).toHaveLength(0)
  })

  it('is cut off with 408 when its headers never end', async () => {
    const exchange = await exchangeRaw(origin, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n')
    expect(exchange.closed).toBe(true)
    expect(exchange.status).toBe(408)
    expect(exchange.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 1_000)
    expectTimedOutAnswer(exchange.text)
  })

  it('is answered as usual when it sends in time', async () => {
    const exchange = await exchangeRaw(
      origin,
      'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    )
    expect(exchange.status).toBe(200)
  })
})

describe('a request the server cannot parse', () => {
  it('gets 400 problem+json with the security headers', async () => {
    const exchange = await exchangeRaw(origin, 'GET /\x01 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
    expect(exchange.status).toBe(400)
    const headers = headersOf(exchange.text)
    expect(headers['content-type']).toBe('application/problem+json; charset=utf-8')
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name], name).toBe(value)
  })
})
