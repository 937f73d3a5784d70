// A deep link's page chunks, preloaded from the HTML: without this the browser learns of them only
// once the entry script has run, one round trip and a script evaluation later.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pageModuleFor, ROUTE_PAGES, SIGN_IN_PAGE } from './route-pages.js'

export interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
}

/** Vite's build manifest: chunks keyed by their source module (or file name), imports by key. */
export type Manifest = Record<string, ManifestChunk | undefined>

/** The chunks `roots` need through static imports, each once. */
export function staticImports(manifest: Manifest, roots: readonly string[]): string[] {
  const seen = new Set<string>()
  const pending = [...roots]
  for (let key = pending.shift(); key !== undefined; key = pending.shift()) {
    const chunk = manifest[key]
    if (seen.has(key) || !chunk) continue
    seen.add(key)
    pending.push(...(chunk.imports ?? []))
  }
  return [...seen]
}

/** The files each page module needs beyond what the entry loads already (pages the build has). */
export function routePreloadFiles(manifest: Manifest): Map<string, string[]> {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true)
  const loadedByEntry = new Set(staticImports(manifest, entries))
  const files = new Map<string, string[]>()
  for (const module of [...ROUTE_PAGES.map((page) => page.module), SIGN_IN_PAGE]) {
    if (!manifest[module]) continue
    files.set(
      module,
      staticImports(manifest, [module])
        .filter((key) => !loadedByEntry.has(key))
        .flatMap((key) => manifest[key]?.file ?? []),
    )
  }
  return files
}

/** `<link rel="modulepreload">` markup per page module, for the files its entry does not load already. */
export function routePreloadLinks(manifest: Manifest): Map<string, string> {
  return new Map(
    [...routePreloadFiles(manifest)].map(([module, files]) => [
      module,
      files.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join(''),
    ]),
  )
}

/**
 * Reads the build's manifest (dist/.vite/manifest.json) once; returns the preload markup for a
 * request path ('' for paths that are not a page, or when the build has no manifest). A signed-out
 * visitor gets the sign-in page's chunks instead: that is all they will see.
 */
export function readRoutePreloads(
  staticDir: string,
): (pathname: string, signedOut?: boolean) => string {
  const file = path.join(staticDir, '.vite', 'manifest.json')
  if (!existsSync(file)) return () => ''
  const links = routePreloadLinks(JSON.parse(readFileSync(file, 'utf8')) as Manifest)
  return (pathname, signedOut = false) => {
    const module = signedOut ? SIGN_IN_PAGE : pageModuleFor(pathname)
    return module === undefined ? '' : (links.get(module) ?? '')
  }
}
