// Sign-in mode: no KONNECT_TOKEN; each person signs in with their own token, which the server
// checks with Konnect and keeps only in a sealed, HttpOnly session cookie.
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createServer } from './create-server.js'
import { startFakeUpstream, unusedApiUrl, type FakeUpstream } from './test/fake-upstream.js'
import { listenLocally, rawRequest, type RawResponse } from './test/raw-request.js'
import { createStaticFixture, type StaticFixture } from './test/static-fixture.js'

const ALICE = 'kpat_alice0123456789abcdefghijKLMN'
const BOB = 'spat_bob0123456789abcdefghijKLMNOP'
const SECRET = 'a test secret that is long enough to seal cookies'
const GATEWAYS = '/api/konnect/event-gateways'
const JSON_WRITE = { 'content-type': 'application/json' }

let upstream: FakeUpstream
let fixture: StaticFixture
let app: FastifyInstance | undefined
let origin: string

/** Konnect as far as tokens go: Alice and Bob may use the API, anyone else gets its 401. */
function konnectKnows(...tokens: string[]) {
  upstream.answer((request, response) => {
    if (!tokens.some((token) => request.headers.authorization === `Bearer ${token}`)) {
      response.writeHead(401, { 'content-type': 'application/problem+json' })
      response.end(
        JSON.stringify({
          status: 401,
          title: 'Unauthorized',
          detail: 'Invalid credentials. Token is invalid or expired.',
          instance: 'kong:trace:1',
        }),
      )
      return
    }
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ data: [], meta: { page: { total: 0 } } }))
  })
}

async function start(settings: { apiUrl?: string; timeoutMs?: number; secret?: string } = {}) {
  app = await createServer({
    mode: 'konnect',
    konnect: { apiUrl: settings.apiUrl ?? upstream.apiUrl, label: 'test' },
    session: { secret: settings.secret ?? SECRET, idleMinutes: 60, maxHours: 12 },
    staticDir: fixture.dir,
    timeoutMs: settings.timeoutMs,
  })
  origin = await listenLocally(app)
}

beforeEach(async () => {
  upstream = await startFakeUpstream()
  fixture = await createStaticFixture()
  konnectKnows(ALICE, BOB)
})

afterEach(async () => {
  await app?.close()
  app = undefined
  await upstream.close()
  await fixture.remove()
})

function setCookieOf(response: RawResponse): string | undefined {
  return response.headers['set-cookie']?.find((cookie) => cookie.startsWith('egc_session='))
}

/** The Cookie header a browser would send back after this answer. */
function cookieFrom(response: RawResponse): string {
  const cookie = setCookieOf(response)
  if (cookie === undefined) throw new Error('no session cookie was set')
  return cookie.split(';', 1)[0] ?? ''
}

function isCleared(cookie: string | undefined): boolean {
  return cookie?.startsWith('egc_session=;') === true && /Max-Age=0/i.test(cookie)
}

async function signIn(token: string, headers: Record<string, string> = {}) {
  return rawRequest(origin, '/api/session', {
    method: 'POST',
    headers: { ...JSON_WRITE, ...headers },
    body: JSON.stringify({ token }),
  })
}

function json(response: RawResponse): Record<string, unknown> {
  return JSON.parse(response.text) as Record<string, unknown>
}

function configIn(html: string): unknown {
  const match = /<script id="console-config" type="application\/json">(.*?)<\/script><\/head>/.exec(
    html,
  )
  return match?.[1] === undefined ? undefined : JSON.parse(match[1])
}

describe('signing in', () => {
  beforeEach(() => start())

  it('checks the token with one cheap Konnect call, then answers 204 with a sealed session cookie', async () => {
    const response = await signIn(ALICE)
    expect(response.status).toBe(204)
    expect(response.text).toBe('')
    expect(upstream.requests).toHaveLength(1)
    expect(upstream.requests[0]?.method).toBe('GET')
    expect(upstream.requests[0]?.url).toBe('/v1/event-gateways?page[size]=1')
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${ALICE}`)
    const cookie = setCookieOf(response) ?? ''
    expect(cookie).toMatch(/; Path=\//)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Strict/)
    expect(cookie).not.toMatch(/; Secure/)
    expect(cookie).not.toMatch(/Max-Age|Expires/)
    expect(cookie).not.toContain('alice')
    expect(decodeURIComponent(cookie)).not.toContain(ALICE)
  })

  it('marks the cookie Secure behind a proxy that terminates TLS', async () => {
    const response = await signIn(ALICE, { 'x-forwarded-proto': 'https' })
    expect(setCookieOf(response)).toMatch(/; Secure/)
  })

  it('keeps a wrong token out with 401 "Konnect rejected this token" and what Konnect said', async () => {
    const response = await signIn('kpat_mallory0123456789abcdefghij')
    expect(response.status).toBe(401)
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    expect(json(response)).toEqual({
      status: 401,
      title: 'Konnect rejected this token',
      detail: 'Invalid credentials. Token is invalid or expired.',
      instance: '/api/session',
    })
    expect(setCookieOf(response)).toBeUndefined()
  })

  it('reads a 403 as a rejection too, giving a short reason when Konnect gives none', async () => {
    upstream.answer((_request, response) => {
      response.writeHead(403)
      response.end()
    })
    const response = await signIn(ALICE)
    expect(response.status).toBe(401)
    expect(json(response)).toMatchObject({
      title: 'Konnect rejected this token',
      detail: 'This token may not use the Event Gateway API.',
    })
  })

  it.each([
    ['a token of another kind', { token: 'ghp_0123456789abcdefghij' }],
    ['a token that is too short', { token: 'kpat_abc' }],
    ['no token', {}],
    ['a token that is not a string', { token: 42 }],
  ])('answers 400 with invalid_parameters for %s, asking Konnect nothing', async (_case, body) => {
    const response = await rawRequest(origin, '/api/session', {
      method: 'POST',
      headers: JSON_WRITE,
      body: JSON.stringify(body),
    })
    expect(response.status).toBe(400)
    expect(json(response)).toMatchObject({
      status: 400,
      invalid_parameters: [
        {
          field: 'token',
          rule: 'konnect_token',
          reason: expect.stringContaining('kpat_') as unknown,
          source: 'body',
        },
      ],
    })
    expect(upstream.requests).toHaveLength(0)
    expect(response.text).not.toContain('ghp_')
  })

  it('signs nobody in when the check is answered by something that is not Konnect (200, not JSON)', async () => {
    upstream.answer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.end('<html>Welcome to the hotel wifi</html>')
    })
    const response = await signIn(ALICE)
    expect(response.status).toBe(502)
    expect(json(response)).toMatchObject({
      status: 502,
      detail: expect.stringMatching(/not JSON/) as unknown,
    })
    expect(setCookieOf(response)).toBeUndefined()
  })

  it('answers 504 when Konnect does not answer in time', async () => {
    await app?.close()
    upstream.answer(() => undefined)
    await start({ timeoutMs: 200 })
    const response = await signIn(ALICE)
    expect(response.status).toBe(504)
    expect(setCookieOf(response)).toBeUndefined()
  })

  it('refuses a sign-in posted from another site or as a form (login CSRF)', async () => {
    const crossSite = await signIn(ALICE, { origin: 'https://evil.example' })
    expect(crossSite.status).toBe(403)
    const form = await rawRequest(origin, '/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${ALICE}`,
    })
    expect(form.status).toBe(403)
    const rebound = await signIn(ALICE, { host: 'evil.example' })
    expect(rebound.status).toBe(403)
    expect(upstream.requests).toHaveLength(0)
  })
})

describe('a signed-in session', () => {
  beforeEach(() => start())

  it('forwards calls with that person’s own token, and each person’s with their own', async () => {
    const alice = cookieFrom(await signIn(ALICE))
    const bob = cookieFrom(await signIn(BOB))
    upstream.requests.length = 0
    await rawRequest(origin, GATEWAYS, { headers: { cookie: alice } })
    await rawRequest(origin, GATEWAYS, { headers: { cookie: bob } })
    expect(upstream.requests.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${ALICE}`,
      `Bearer ${BOB}`,
    ])
    expect(upstream.requests.every((request) => request.headers.cookie === undefined)).toBe(true)
  })

  it('tells the page it is signed in, in the HTML and at /api/info', async () => {
    const signedOut = await rawRequest(origin, '/', { headers: { accept: 'text/html' } })
    expect(configIn(signedOut.text)).toEqual({
      mode: 'konnect',
      apiUrl: upstream.apiUrl,
      access: 'sign-in',
      signedIn: false,
    })
    expect(signedOut.headers['cache-control']).toBe('no-store')
    const cookie = cookieFrom(await signIn(ALICE))
    const signedIn = await rawRequest(origin, '/backend-clusters', {
      headers: { accept: 'text/html', cookie },
    })
    expect(configIn(signedIn.text)).toMatchObject({ access: 'sign-in', signedIn: true })
    const info = await rawRequest(origin, '/api/info', { headers: { cookie } })
    expect(json(info)).toMatchObject({ access: 'sign-in', signedIn: true })
    expect(info.text).not.toContain(ALICE)
    expect(signedIn.text).not.toContain(ALICE)
  })

  it('refreshes the idle timer on every forwarded call (a new cookie each time)', async () => {
    const cookie = cookieFrom(await signIn(ALICE))
    const response = await rawRequest(origin, GATEWAYS, { headers: { cookie } })
    expect(response.status).toBe(200)
    const refreshed = setCookieOf(response)
    expect(refreshed).toMatch(/^egc_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict$/)
    expect(refreshed?.split(';', 1)[0]).not.toBe(cookie)
  })

  it('ends after SESSION_IDLE_MINUTES without a call: 401 "expired", cookie cleared', async () => {
    const cookie = cookieFrom(await signIn(ALICE))
    upstream.requests.length = 0
    const now = Date.now()
    vi.spyOn(Date, 'now').mockReturnValue(now + 61 * 60_000)
    const response = await rawRequest(origin, GATEWAYS, { headers: { cookie } })
    expect(response.status).toBe(401)
    expect(json(response)).toMatchObject({ status: 401, session: 'expired' })
    expect(json(response).detail).toMatch(/60 minutes without activity/)
    expect(isCleared(setCookieOf(response))).toBe(true)
    expect(upstream.requests).toHaveLength(0)
    const page = await rawRequest(origin, '/', { headers: { accept: 'text/html', cookie } })
    expect(configIn(page.text)).toMatchObject({ signedIn: false })
  })

  it('stays alive while in use: the idle time counts from the last call', async () => {
    let cookie = cookieFrom(await signIn(ALICE))
    const now = Date.now()
    const clock = vi.spyOn(Date, 'now')
    clock.mockReturnValue(now + 40 * 60_000)
    cookie = cookieFrom(await rawRequest(origin, GATEWAYS, { headers: { cookie } }))
    clock.mockReturnValue(now + 80 * 60_000)
    const response = await rawRequest(origin, GATEWAYS, { headers: { cookie } })
    expect(response.status).toBe(200)
  })

  it('ends when Konnect answers 401: "rejected", with Konnect’s detail, cookie cleared', async () => {
    const cookie = cookieFrom(await signIn(ALICE))
    konnectKnows(BOB)
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1/backend-clusters`, {
      headers: { cookie },
    })
    expect(response.status).toBe(401)
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    expect(json(response)).toEqual({
      status: 401,
      title: 'Unauthorized',
      detail: 'Invalid credentials. Token is invalid or expired.',
      instance: `${GATEWAYS}/gw-1/backend-clusters`,
      session: 'rejected',
    })
    expect(isCleared(setCookieOf(response))).toBe(true)
  })

  it('passes a 403 from Konnect through and keeps the session', async () => {
    const cookie = cookieFrom(await signIn(ALICE))
    upstream.answer((_request, response) => {
      response.writeHead(403, { 'content-type': 'application/problem+json' })
      response.end('{"status":403,"title":"Forbidden","detail":"no access to this gateway"}')
    })
    const response = await rawRequest(origin, `${GATEWAYS}/gw-1`, { headers: { cookie } })
    expect(response.status).toBe(403)
    expect(response.text).toBe(
      '{"status":403,"title":"Forbidden","detail":"no access to this gateway"}',
    )
    expect(isCleared(setCookieOf(response))).toBe(false)
  })

  it('signs out with DELETE /api/session: 204, cookie cleared, and again without a session', async () => {
    const cookie = cookieFrom(await signIn(ALICE))
    const signOut = await rawRequest(origin, '/api/session', {
      method: 'DELETE',
      headers: { cookie },
    })
    expect(signOut.status).toBe(204)
    expect(isCleared(setCookieOf(signOut))).toBe(true)
    const again = await rawRequest(origin, '/api/session', { method: 'DELETE' })
    expect(again.status).toBe(204)
  })
})

describe('after signing out, or past the session’s lifetime', () => {
  beforeEach(() => start())

  it('keeps a signed-out session out even when an answer that was on its way brings a fresh cookie', async () => {
    const cookie = cookieFrom(await signIn(ALICE))
    // A slow call in flight while the person signs out.
    let release: () => void = () => undefined
    upstream.answer((_request, response) => {
      release = () => {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end('{"data":[]}')
      }
    })
    const slow = rawRequest(origin, GATEWAYS, { headers: { cookie } })
    await vi.waitFor(() => expect(upstream.requests.length).toBeGreaterThan(1))
    const signOut = await rawRequest(origin, '/api/session', {
      method: 'DELETE',
      headers: { cookie },
    })
    expect(signOut.status).toBe(204)
    release()
    const late = await slow
    konnectKnows(ALICE, BOB)
    expect(late.status).toBe(200)

    // Whatever cookie the late answer carried, it opens nothing.
    const lateCookie = setCookieOf(late)?.split(';', 1)[0] ?? cookie
    for (const sent of [cookie, lateCookie]) {
      const after = await rawRequest(origin, GATEWAYS, { headers: { cookie: sent } })
      expect(after.status).toBe(401)
      expect(json(after)).toMatchObject({ session: 'signed-out' })
      const page = await rawRequest(origin, '/', { headers: { accept: 'text/html', cookie: sent } })
      expect(configIn(page.text)).toMatchObject({ signedIn: false })
    }
  })

  it('ends a session in constant use once SESSION_MAX_HOURS have passed since signing in', async () => {
    let cookie = cookieFrom(await signIn(ALICE))
    const now = Date.now()
    const clock = vi.spyOn(Date, 'now')
    // Used every 50 minutes, so never idle for long.
    for (let minutes = 50; minutes < 12 * 60; minutes += 50) {
      clock.mockReturnValue(now + minutes * 60_000)
      const response = await rawRequest(origin, GATEWAYS, { headers: { cookie } })
      expect(response.status).toBe(200)
      cookie = cookieFrom(response)
    }
    clock.mockReturnValue(now + (12 * 60 + 1) * 60_000)
    const response = await rawRequest(origin, GATEWAYS, { headers: { cookie } })
    expect(response.status).toBe(401)
    expect(json(response)).toMatchObject({ session: 'expired' })
  })
})

describe('without a live session', () => {
  beforeEach(() => start())

  it('answers the API with 401 "signed-out" and forwards nothing', async () => {
    const response = await rawRequest(origin, `${GATEWAYS}?page[size]=10`)
    expect(response.status).toBe(401)
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    expect(json(response)).toMatchObject({ status: 401, session: 'signed-out' })
    expect(upstream.requests).toHaveLength(0)
  })

  it.each([
    ['a tampered cookie', (cookie: string) => `${cookie.slice(0, -6)}AAAAAA`],
    ['a cookie that is not one of ours', () => 'egc_session=bm90IGEgc2Vzc2lvbg%3D%3D%3Bbm9uY2U%3D'],
  ])('reads %s as signed out', async (_case, spoil) => {
    const cookie = cookieFrom(await signIn(ALICE))
    upstream.requests.length = 0
    const response = await rawRequest(origin, GATEWAYS, { headers: { cookie: spoil(cookie) } })
    expect(json(response)).toMatchObject({ status: 401, session: 'signed-out' })
    expect(upstream.requests).toHaveLength(0)
  })

  it('reads a cookie sealed with another SESSION_SECRET as signed out', async () => {
    const cookie = cookieFrom(await signIn(ALICE))
    await app?.close()
    await start({ secret: 'another secret that is long enough to seal cookies' })
    const response = await rawRequest(origin, GATEWAYS, { headers: { cookie } })
    expect(json(response)).toMatchObject({ status: 401, session: 'signed-out' })
  })
})

describe('the session routes in the other modes', () => {
  it.each(['konnect', 'demo'] as const)('answer 404 problem+json in %s mode', async (mode) => {
    app = await createServer({
      mode,
      konnect: { token: ALICE, apiUrl: upstream.apiUrl, label: 'test' },
      staticDir: fixture.dir,
    })
    origin = await listenLocally(app)
    const signInAttempt = {
      method: 'POST',
      headers: JSON_WRITE,
      body: JSON.stringify({ token: BOB }),
    }
    for (const init of [signInAttempt, { method: 'DELETE' }]) {
      const response = await rawRequest(origin, '/api/session', init)
      expect(response.status).toBe(404)
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8')
    }
    expect(upstream.requests).toHaveLength(0)
  })
})

describe('sign-in mode when Konnect is unreachable', () => {
  it('answers 502 to a sign-in', async () => {
    await start({ apiUrl: await unusedApiUrl() })
    const response = await signIn(ALICE)
    expect(response.status).toBe(502)
    expect(json(response).detail).toMatch(/^Konnect is unreachable/)
    expect(response.text).not.toContain(ALICE)
  })
})
