// Writes a brotli (quality 11) and a gzip (level 9) copy beside each compressible file of a built
// assets/ directory, where it is smaller, so the server sends them as they are instead of
// compressing every answer on the fly at a lower quality. Run by Vite after each build.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.html', '.txt', '.wasm'])
/** Below this, compression saves too little to be worth a second file (@fastify/compress agrees). */
const MIN_BYTES = 1024

export interface PrecompressedFile {
  file: string
  bytes: number
  brotliBytes?: number
  gzipBytes?: number
}

export async function precompressAssets(assetsDir: string): Promise<PrecompressedFile[]> {
  const names = await readdir(assetsDir)
  const files = names.filter((name) => COMPRESSIBLE.has(path.extname(name)))
  return Promise.all(
    files.map(async (name) => {
      const file = path.join(assetsDir, name)
      const content = await readFile(file)
      const result: PrecompressedFile = { file: name, bytes: content.length }
      if (content.length < MIN_BYTES) return result
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipAsync(content, { level: 9 }),
      ])
      if (br.length < content.length) {
        await writeFile(`${file}.br`, br)
        result.brotliBytes = br.length
      }
      if (gz.length < content.length) {
        await writeFile(`${file}.gz`, gz)
        result.gzipBytes = gz.length
      }
      return result
    }),
  )
}
