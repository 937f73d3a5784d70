// A deep link's page chunks, preloaded from the HTML: without this the browser learns of them only
// once the entry script has run, one round trip and a script evaluation later.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pageModuleFor, ROUTE_PAGES, SIGN_IN_PAGE } from './route-pages.js'

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
}

type Manifest = Record<string, ManifestChunk | undefined>

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

/** `<link rel="modulepreload">` markup per page module, for the files its entry does not load already. */
export function routePreloadLinks(manifest: Manifest): Map<string, string> {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true)
  const loadedByEntry = new Set(staticImports(manifest, entries))
  const links = new Map<string, string>()
  for (const module of [...ROUTE_PAGES.map((page) => page.module), SIGN_IN_PAGE]) {
    if (!manifest[module]) continue
    const files = staticImports(manifest, [module])
      .filter((key) => !loadedByEntry.has(key))
      .map((key) => manifest[key]?.file)
    links.set(
      module,
      files.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join(''),
    )
  }
  return links
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
