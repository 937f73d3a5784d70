import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServer } from './create-server.js'
import { pageModuleFor, SIGN_IN_PAGE } from './route-pages.js'
import { readRoutePreloads } from './route-preloads.js'
import { listenLocally, rawRequest } from './test/raw-request.js'
import { createStaticFixture, type StaticFixture } from './test/static-fixture.js'

const NEW_PAGE = 'src/features/backend-clusters/routes/backend-cluster-new-page.tsx'
const DETAIL_PAGE = 'src/features/backend-clusters/routes/backend-cluster-detail-page.tsx'
// The shape of Vite's build manifest: the entry and a chunk both pages share, each page's own.
const MANIFEST = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_react.js'] },
  '_react.js': { file: 'assets/react-1.js' },
  '_form.js': { file: 'assets/form-1.js', imports: ['_react.js'] },
  [NEW_PAGE]: { file: 'assets/new-page-1.js', imports: ['_form.js', '_react.js'] },
  [DETAIL_PAGE]: { file: 'assets/detail-page-1.js', imports: ['_react.js'] },
  [SIGN_IN_PAGE]: { file: 'assets/sign-in-page-1.js', imports: ['_react.js'] },
}
const HTML = { accept: 'text/html' }
const GATEWAY = '/event-gateways/5b0f58a4-3a5d-4f7e-9d3a-3f1d7f7b1c11'

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

async function start(withManifest: boolean): Promise<string> {
  if (withManifest) {
    await mkdir(path.join(fixture.dir, '.vite'))
    await writeFile(path.join(fixture.dir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST))
  }
  app = await createServer({ mode: 'demo', konnect: null, staticDir: fixture.dir })
  return listenLocally(app)
}

function preloads(html: string): string[] {
  return [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(
    (match) => match[1] ?? '',
  )
}

describe('route preloads', () => {
  it("preloads a deep link's page chunks in the HTML, leaving out what the entry loads", async () => {
    const origin = await start(true)
    const response = await rawRequest(origin, `${GATEWAY}/backend-clusters/new`, {
      headers: HTML,
    })
    expect(preloads(response.text)).toEqual(['/assets/new-page-1.js', '/assets/form-1.js'])
    expect(response.text.indexOf('modulepreload')).toBeLessThan(response.text.indexOf('</head>'))
  })

  it('preloads the page the path names, not a sibling that shares its prefix', async () => {
    const origin = await start(true)
    const detail = await rawRequest(origin, `${GATEWAY}/backend-clusters/0c4b0a44-1f0e-4b8e-9e4e`, {
      headers: HTML,
    })
    expect(preloads(detail.text)).toEqual(['/assets/detail-page-1.js'])
  })

  it('adds nothing for a path that is no page, or without a manifest', async () => {
    const origin = await start(true)
    expect(preloads((await rawRequest(origin, '/nowhere', { headers: HTML })).text)).toEqual([])
    await app?.close()
    await fixture.remove()
    fixture = await createStaticFixture()
    const bare = await start(false)
    const response = await rawRequest(bare, `${GATEWAY}/backend-clusters/new`, { headers: HTML })
    expect(response.status).toBe(200)
    expect(preloads(response.text)).toEqual([])
  })
})

describe('route pages', () => {
  it.each([
    ['/event-gateways', 'event-gateway-list-page'],
    [`${GATEWAY}/backend-clusters/`, 'backend-cluster-list-page'],
    [`${GATEWAY}/backend-clusters/new`, 'backend-cluster-new-page'],
    [`${GATEWAY}/backend-clusters/abc`, 'backend-cluster-detail-page'],
    [`${GATEWAY}/backend-clusters/abc/edit`, 'backend-cluster-edit-page'],
    [`${GATEWAY}/virtual-clusters`, 'virtual-cluster-list-page'],
    [`${GATEWAY}/virtual-clusters/new`, 'virtual-cluster-new-page'],
    [`${GATEWAY}/virtual-clusters/abc`, 'virtual-cluster-detail-page'],
    [`${GATEWAY}/virtual-clusters/abc/edit`, 'virtual-cluster-edit-page'],
  ])('maps %s to its page module', (pathname, page) => {
    expect(pageModuleFor(pathname)).toMatch(new RegExp(`/${page}\\.tsx$`))
  })

  it('maps nothing else', () => {
    expect(pageModuleFor(`${GATEWAY}/backend-clusters/abc/edit/more`)).toBeUndefined()
    expect(pageModuleFor('/')).toBeUndefined()
  })

  it('preloads the sign-in page instead for a signed-out visitor', async () => {
    await mkdir(path.join(fixture.dir, '.vite'))
    await writeFile(path.join(fixture.dir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST))
    const preloadsFor = readRoutePreloads(fixture.dir)
    expect(preloadsFor(`${GATEWAY}/backend-clusters/new`, true)).toBe(
      '<link rel="modulepreload" crossorigin href="/assets/sign-in-page-1.js">',
    )
    expect(preloadsFor('/nowhere', true)).toContain('sign-in-page-1.js')
    expect(preloadsFor(`${GATEWAY}/backend-clusters/new`)).not.toContain('sign-in')
  })
})
