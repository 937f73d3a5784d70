// The demo build is static files: no server writes a deep link's page chunks into its HTML, as
// server/route-preloads.ts does in Konnect mode. A small script, first in the HTML, does it in the
// browser instead: the page's chunks download beside the entry, not after it has run.
import { bundleManifest, type ChunkInfo } from './bundle-manifest'
import { routePreloadFiles } from '../server/route-preloads'
import { ROUTE_PAGES } from '../server/route-pages'

/** A path pattern (RegExp source) and the files its page needs beyond what the entry loads. */
export type RoutePreloadTable = [pattern: string, files: string[]][]

/** The same files the production server preloads per page (server/route-preloads.ts). */
export function routePreloadTable(
  chunks: readonly ChunkInfo[],
  projectRoot: string,
): RoutePreloadTable {
  const files = routePreloadFiles(bundleManifest(chunks, projectRoot))
  return ROUTE_PAGES.map(({ pattern, module }) => {
    const pageFiles = files.get(module)
    if (!pageFiles) throw new Error(`The build has no chunk for ${module} (server/route-pages.ts)`)
    return [pattern.source, pageFiles]
  })
}

/**
 * The script: for the first pattern the address matches, a `<link rel="modulepreload">` per file
 * the page does not link already. Plain ES5 in a function of its own, so it runs as it is.
 */
export function routePreloadScript(table: RoutePreloadTable): string {
  return `(function (table, path) {
  for (var i = 0; i < table.length; i++) {
    if (!new RegExp(table[i][0]).test(path)) continue
    var files = table[i][1]
    for (var j = 0; j < files.length; j++) {
      var href = '/' + files[j]
      if (document.querySelector('link[rel="modulepreload"][href="' + href + '"]')) continue
      var link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      document.head.appendChild(link)
    }
    return
  }
})(${JSON.stringify(table)}, location.pathname)
`
}

/** The HTML with the script's tag first in its head: async, so it never holds up parsing. */
export function withRoutePreloadScript(html: string, fileName: string): string {
  const tag = `<script async src="/${fileName}"></script>`
  if (!html.includes('<head>')) throw new Error('index.html has no <head> for the route preloads')
  return html.replace('<head>', `<head>\n    ${tag}`)
}
