import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServer } from './create-server.js'
import { routeDataPreloads, routeReads } from './route-data.js'
import { startFakeUpstream, type FakeUpstream } from './test/fake-upstream.js'
import { listenLocally, rawRequest } from './test/raw-request.js'
import { createStaticFixture, type StaticFixture } from './test/static-fixture.js'

const GW = '5b0f58a4-3a5d-4f7e-9d3a-3f1d7f7b1c11'
const BC = '3e383c6c-3829-4064-a28b-ad2b4222bd3d'
const VC = '6691cb1e-8471-43d7-b53d-6908460123ba'
const API_GW = `/api/konnect/event-gateways/${GW}`
const PAGE = `/event-gateways/${GW}`

describe('the reads a page waits for', () => {
  it.each([
    ['/event-gateways', ['/api/konnect/event-gateways?page[size]=100']],
    [PAGE, [API_GW, `${API_GW}/backend-clusters?page[size]=25`]],
    [`${PAGE}/backend-clusters`, [API_GW, `${API_GW}/backend-clusters?page[size]=25`]],
    [`${PAGE}/backend-clusters/`, [API_GW, `${API_GW}/backend-clusters?page[size]=25`]],
    [`${PAGE}/backend-clusters/new`, [API_GW]],
    [
      `${PAGE}/backend-clusters/${BC}`,
      [
        API_GW,
        `${API_GW}/backend-clusters/${BC}`,
        `${API_GW}/virtual-clusters?page[size]=25&filter[backend_cluster_id][eq]=${BC}`,
      ],
    ],
    [`${PAGE}/backend-clusters/${BC}/edit`, [API_GW, `${API_GW}/backend-clusters/${BC}`]],
    [`${PAGE}/virtual-clusters`, [API_GW, `${API_GW}/virtual-clusters?page[size]=25`]],
    [`${PAGE}/virtual-clusters/new`, [API_GW]],
    [`${PAGE}/virtual-clusters/${VC}`, [API_GW, `${API_GW}/virtual-clusters/${VC}`]],
    [`${PAGE}/virtual-clusters/${VC}/edit`, [API_GW, `${API_GW}/virtual-clusters/${VC}`]],
  ])('%s', (pathname, reads) => {
    expect(routeReads(pathname, true)).toEqual(reads)
  })

  it("leaves out a list's first page when the link carries a search, size or cursor", () => {
    expect(routeReads(`${PAGE}/backend-clusters`, false)).toEqual([API_GW])
    expect(routeReads(`${PAGE}/virtual-clusters`, false)).toEqual([API_GW])
    // The query string does not change what a detail page reads.
    expect(routeReads(`${PAGE}/backend-clusters/${BC}/edit`, false)).toHaveLength(2)
  })

  it('reads nothing for an ID the app would call not found, or a path that is no page', () => {
    expect(routeReads('/event-gateways/not-a-uuid/backend-clusters', true)).toEqual([])
    expect(routeReads(`${PAGE}/backend-clusters/abc`, true)).toEqual([])
    expect(routeReads(`/event-gateways/${GW}"><script>/backend-clusters`, true)).toEqual([])
    expect(routeReads(`${PAGE}/backend-clusters/${BC}/edit/more`, true)).toEqual([])
    expect(routeReads('/', true)).toEqual([])
    expect(routeDataPreloads('/nowhere', true)).toBe('')
  })

  it('writes one fetch preload per read', () => {
    expect(routeDataPreloads(`${PAGE}/backend-clusters/new`, true)).toBe(
      `<link rel="preload" as="fetch" crossorigin href="${API_GW}">`,
    )
  })
})

describe('the HTML a deep link gets', () => {
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

  const fetchPreloads = (html: string) =>
    [...html.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)">/g)].map(
      (match) => match[1],
    )

  it('preloads the reads for whom Konnect answers (a server-held token), inside <head>', async () => {
    app = await createServer({
      mode: 'konnect',
      konnect: { token: 'kpat_routeDataTest0123456789', apiUrl: upstream.apiUrl, label: 'test' },
      staticDir: fixture.dir,
    })
    const origin = await listenLocally(app)
    const response = await rawRequest(origin, `${PAGE}/backend-clusters?q=a`, {
      headers: { accept: 'text/html' },
    })
    expect(fetchPreloads(response.text)).toEqual([API_GW])
    expect(response.text.indexOf('as="fetch"')).toBeLessThan(response.text.indexOf('</head>'))
  })

  it('preloads nothing in demo mode, where no server answers them', async () => {
    app = await createServer({ mode: 'demo', konnect: null, staticDir: fixture.dir })
    const origin = await listenLocally(app)
    const response = await rawRequest(origin, `${PAGE}/backend-clusters`, {
      headers: { accept: 'text/html' },
    })
    expect(response.status).toBe(200)
    expect(fetchPreloads(response.text)).toEqual([])
  })

  it('preloads nothing for a signed-out visitor, who would only get 401s', async () => {
    app = await createServer({
      mode: 'konnect',
      konnect: { apiUrl: upstream.apiUrl, label: 'test' },
      session: {
        secret: 'a test secret that is long enough to seal cookies',
        idleMinutes: 60,
        maxHours: 12,
      },
      staticDir: fixture.dir,
    })
    const origin = await listenLocally(app)
    const response = await rawRequest(origin, `${PAGE}/backend-clusters`, {
      headers: { accept: 'text/html' },
    })
    expect(response.status).toBe(200)
    expect(fetchPreloads(response.text)).toEqual([])
  })
})
