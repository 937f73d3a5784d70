// V8's explicit compile hint: a file that starts with this comment has all its functions compiled
// eagerly, on a background thread while it streams in, instead of lazily on the main thread the
// first time each is called. Worth it for the code a deep link runs before its first paint, where
// nearly every function is called at once; engines without the hint read a comment.
// https://v8.dev/blog/explicit-compile-hints
import path from 'node:path'
import { staticImports } from '../server/route-preloads'
import { ROUTE_PAGES, SIGN_IN_PAGE } from '../server/route-pages'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/** The part of a bundle chunk this needs (Rollup's and Rolldown's OutputChunk have it). */
export interface ChunkInfo {
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  /** File names of the chunks it imports statically. */
  imports: readonly string[]
}

/**
 * The chunks a deep link runs before its first paint: the entry's, and each page module's (the
 * ones the server preloads, server/route-pages.ts), with everything they import statically.
 */
export function firstPaintChunks(chunks: readonly ChunkInfo[], projectRoot: string): Set<string> {
  const pageModules = new Set([...ROUTE_PAGES.map((page) => page.module), SIGN_IN_PAGE])
  const isRoot = (chunk: ChunkInfo) =>
    chunk.isEntry ||
    (chunk.facadeModuleId !== null &&
      pageModules.has(path.relative(projectRoot, chunk.facadeModuleId).split(path.sep).join('/')))
  // The server walks the build manifest the same way for its preloads; here the keys are files.
  const graph = Object.fromEntries(
    chunks.map((chunk) => [chunk.fileName, { file: chunk.fileName, imports: [...chunk.imports] }]),
  )
  return new Set(
    staticImports(
      graph,
      chunks.filter(isRoot).map((chunk) => chunk.fileName),
    ),
  )
}

/** The code with the hint in front, once. */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : COMPILE_HINT + code
}
