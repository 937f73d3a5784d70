// What a page of the built app loads before its first paint, read from Vite's build manifest
// (dist/.vite/manifest.json, written because vite.config.ts sets build.manifest).
import { z } from 'zod'

const manifestChunkSchema = z.object({
  file: z.string(),
  src: z.string().optional(),
  isEntry: z.boolean().optional(),
  isDynamicEntry: z.boolean().optional(),
  imports: z.array(z.string()).optional(),
  dynamicImports: z.array(z.string()).optional(),
  css: z.array(z.string()).optional(),
})

export const viteManifestSchema = z.record(z.string(), manifestChunkSchema)

/** Vite's manifest: chunk key (a source path, or `_name-hash.js` for shared chunks) → chunk. */
export type ViteManifest = z.infer<typeof viteManifestSchema>

/** Output files (paths under dist/) a page needs before it can paint. */
export interface InitialFiles {
  js: string[]
  css: string[]
}

/** The key of the app's one entry chunk (index.html); throws unless there is exactly one. */
export function findEntryKey(manifest: ViteManifest): string {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true)
  if (entries.length !== 1) {
    throw new Error(
      `Expected one entry chunk in the manifest, found ${String(entries.length)}: ${entries.join(', ')}`,
    )
  }
  return entries[0] ?? ''
}

function chunkAt(manifest: ViteManifest, key: string, via: string) {
  const chunk = manifest[key]
  if (!chunk) throw new Error(`The manifest has no chunk "${key}" (imported by ${via})`)
  return chunk
}

/** The chunks reachable from `roots` through static imports only, each once, in visiting order. */
export function staticClosure(manifest: ViteManifest, roots: readonly string[]): string[] {
  const seen = new Set<string>()
  const pending = roots.map((key) => ({ key, via: 'the caller' }))
  for (let next = pending.shift(); next; next = pending.shift()) {
    if (seen.has(next.key)) continue
    const chunk = chunkAt(manifest, next.key, next.via)
    seen.add(next.key)
    for (const imported of chunk.imports ?? []) pending.push({ key: imported, via: next.key })
  }
  return [...seen]
}

/**
 * Checks that each page module is in the manifest and is lazily imported by a chunk the entry
 * loads statically — i.e. it is a route's page, loaded on a deep link right after the entry.
 * Throws naming every module that is not, so a renamed or moved page fails loudly.
 */
export function assertLazyPageModules(
  manifest: ViteManifest,
  entryKey: string,
  pageModules: readonly string[],
): void {
  const lazilyImported = new Set(
    staticClosure(manifest, [entryKey]).flatMap((key) => manifest[key]?.dynamicImports ?? []),
  )
  const problems = pageModules.flatMap((source) => {
    if (!(source in manifest)) return [`${source} is not in the manifest`]
    if (!lazilyImported.has(source)) {
      return [`${source} is not lazily imported by the entry chunk or its static imports`]
    }
    return []
  })
  if (problems.length > 0) {
    throw new Error(
      `Page modules do not match the build (update server/route-pages.ts):\n  ${problems.join('\n  ')}`,
    )
  }
}

/**
 * The entry chunk and its static imports, plus the page modules and theirs, plus every stylesheet
 * those chunks bring: what a deep link to the page downloads before it paints. Lazy imports below
 * the page (e.g. a dialog loaded on demand) are not followed.
 */
export function initialFiles(manifest: ViteManifest, pageModules: readonly string[]): InitialFiles {
  const entryKey = findEntryKey(manifest)
  assertLazyPageModules(manifest, entryKey, pageModules)
  const chunks = staticClosure(manifest, [entryKey, ...pageModules]).map((key) =>
    chunkAt(manifest, key, 'the closure'),
  )
  return {
    js: [...new Set(chunks.map((chunk) => chunk.file))],
    css: [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))],
  }
}
