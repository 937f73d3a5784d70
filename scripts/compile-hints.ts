// V8's explicit compile hint: a file that starts with this comment has all its functions compiled
// eagerly, on a background thread while it streams in, instead of lazily on the main thread the
// first time each is called. Worth it for the code a deep link runs before its first paint, where
// nearly every function is called at once; engines without the hint read a comment.
// https://v8.dev/blog/explicit-compile-hints
import { staticImports } from '../server/route-preloads'
import { bundleManifest, type ChunkInfo } from './bundle-manifest'
import { ROUTE_PAGES, SIGN_IN_PAGE } from '../server/route-pages'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/**
 * The chunks a deep link runs before its first paint: the entry's, and each page module's (the
 * ones the server preloads, server/route-pages.ts), with everything they import statically.
 */
export function firstPaintChunks(chunks: readonly ChunkInfo[], projectRoot: string): Set<string> {
  const manifest = bundleManifest(chunks, projectRoot)
  const roots = [
    ...Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true),
    ...[...ROUTE_PAGES.map((page) => page.module), SIGN_IN_PAGE].filter((key) => manifest[key]),
  ]
  return new Set(staticImports(manifest, roots).flatMap((key) => manifest[key]?.file ?? []))
}

/** The code with the hint in front, once. */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : COMPILE_HINT + code
}
