// The bundle's chunks as a build manifest (server/route-preloads.ts's shape), so build plugins walk
// the same graph, with the same keys, as the production server does for its preloads.
import path from 'node:path'
import type { Manifest } from '../server/route-preloads'

/** The part of a bundle chunk this needs (Rollup's and Rolldown's OutputChunk have it). */
export interface ChunkInfo {
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  /** File names of the chunks it imports statically. */
  imports: readonly string[]
}

/** Keyed like Vite's manifest: a chunk with a source module by its path from the root, else by file. */
export function bundleManifest(chunks: readonly ChunkInfo[], projectRoot: string): Manifest {
  const keyOf = new Map(
    chunks.map((chunk) => [
      chunk.fileName,
      chunk.facadeModuleId === null
        ? chunk.fileName
        : path.relative(projectRoot, chunk.facadeModuleId).split(path.sep).join('/'),
    ]),
  )
  return Object.fromEntries(
    chunks.map((chunk) => [
      keyOf.get(chunk.fileName) ?? chunk.fileName,
      {
        file: chunk.fileName,
        isEntry: chunk.isEntry,
        imports: chunk.imports.map((file) => keyOf.get(file) ?? file),
      },
    ]),
  )
}
