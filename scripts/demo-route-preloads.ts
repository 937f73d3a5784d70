// The demo build is static files: no server writes a deep link's page chunks into its HTML, as
// server/route-preloads.ts does in Konnect mode. A small script, first in the HTML, does it in the
// browser instead: the page's chunks download beside the entry, not after it has run.
import path from 'node:path'
import type { ChunkInfo } from './compile-hints'
import { staticImports } from '../server/route-preloads'
import { ROUTE_PAGES } from '../server/route-pages'

/** A path pattern (RegExp source) and the files its page needs beyond what the entry loads. */
export type RoutePreloadTable = [pattern: string, files: string[]][]

export function routePreloadTable(
  chunks: readonly ChunkInfo[],
  projectRoot: string,
): RoutePreloadTable {
  const graph = Object.fromEntries(
    chunks.map((chunk) => [chunk.fileName, { file: chunk.fileName, imports: [...chunk.imports] }]),
  )
  const entries = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName)
  const loadedByEntry = new Set(staticImports(graph, entries))
  const fileOf = (module: string) =>
    chunks.find(
      (chunk) =>
        chunk.facadeModuleId !== null &&
        path.relative(projectRoot, chunk.facadeModuleId).split(path.sep).join('/') === module,
    )?.fileName
  return ROUTE_PAGES.map(({ pattern, module }) => {
    const page = fileOf(module)
    if (!page) throw new Error(`The build has no chunk for ${module} (server/route-pages.ts)`)
    return [pattern.source, staticImports(graph, [page]).filter((file) => !loadedByEntry.has(file))]
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
