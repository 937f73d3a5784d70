// @vitest-environment happy-dom
import path from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { ROUTE_PAGES } from '../server/route-pages'
import type { ChunkInfo } from './bundle-manifest'
import {
  routePreloadScript,
  routePreloadTable,
  withRoutePreloadScript,
} from './demo-route-preloads'

const ROOT = '/project'
const pageFile = (module: string) => `assets/${path.basename(module, '.tsx')}.js`

// The entry loads shared.js; every page needs table.js too, and the list page its own cell.
const CHUNKS: ChunkInfo[] = [
  {
    fileName: 'assets/index.js',
    isEntry: true,
    facadeModuleId: `${ROOT}/index.html`,
    imports: ['assets/shared.js'],
  },
  { fileName: 'assets/shared.js', isEntry: false, facadeModuleId: null, imports: [] },
  {
    fileName: 'assets/table.js',
    isEntry: false,
    facadeModuleId: null,
    imports: ['assets/shared.js'],
  },
  { fileName: 'assets/cell.js', isEntry: false, facadeModuleId: null, imports: [] },
  ...ROUTE_PAGES.map(({ module }) => ({
    fileName: pageFile(module),
    isEntry: false,
    facadeModuleId: `${ROOT}/${module}`,
    imports: [
      'assets/shared.js',
      'assets/table.js',
      ...(module.endsWith('backend-cluster-list-page.tsx') ? ['assets/cell.js'] : []),
    ],
  })),
]

/** Runs the script as the browser would on `pathname`; returns the preloads the head then has. */
function preloadsOn(pathname: string, script: string): string[] {
  document.head.innerHTML = '<link rel="modulepreload" href="/assets/table.js">'
  runInNewContext(script, { document, location: { pathname } })
  return [...document.head.querySelectorAll('link[rel="modulepreload"]')].map(
    (link) => link.getAttribute('href') ?? '',
  )
}

describe('demo route preloads', () => {
  const script = routePreloadScript(routePreloadTable(CHUNKS, ROOT))

  it("preloads the deep-linked page's chunks, not what the entry loads or the head links already", () => {
    expect(preloadsOn('/event-gateways/g-1/backend-clusters', script)).toEqual([
      '/assets/table.js',
      '/assets/backend-cluster-list-page.js',
      '/assets/cell.js',
    ])
  })

  it('tells the New page from a detail page, and preloads nothing off the pages', () => {
    expect(preloadsOn('/event-gateways/g-1/backend-clusters/new', script)).toContain(
      '/assets/backend-cluster-new-page.js',
    )
    expect(preloadsOn('/event-gateways/g-1/backend-clusters/c-9', script)).toContain(
      '/assets/backend-cluster-detail-page.js',
    )
    expect(preloadsOn('/nowhere', script)).toEqual(['/assets/table.js'])
  })

  it('fails the build when a page in server/route-pages.ts has no chunk', () => {
    expect(() => routePreloadTable(CHUNKS.slice(0, 5), ROOT)).toThrow(/has no chunk for/)
  })

  it('puts the script first in the head, async', () => {
    expect(
      withRoutePreloadScript('<html><head><title>x</title></head></html>', 'assets/rp.js'),
    ).toBe(
      '<html><head>\n    <script async src="/assets/rp.js"></script><title>x</title></head></html>',
    )
    expect(() => withRoutePreloadScript('<html></html>', 'assets/rp.js')).toThrow(/no <head>/)
  })
})
