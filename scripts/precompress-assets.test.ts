import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { precompressAssets } from './precompress-assets'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'egc-precompress-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('precompressAssets', () => {
  it('writes .br and .gz beside compressible files that they make smaller', async () => {
    const script = `console.log(${JSON.stringify('event gateway '.repeat(300))})\n`
    await writeFile(path.join(dir, 'index-abc123.js'), script)
    await writeFile(path.join(dir, 'tiny-abc123.css'), 'a{}')
    await writeFile(path.join(dir, 'logo-abc123.png'), Buffer.alloc(4096, 7))
    await precompressAssets(dir)
    expect((await readdir(dir)).sort()).toEqual([
      'index-abc123.js',
      'index-abc123.js.br',
      'index-abc123.js.gz',
      'logo-abc123.png',
      'tiny-abc123.css',
    ])
    const br = await readFile(path.join(dir, 'index-abc123.js.br'))
    expect(brotliDecompressSync(br).toString('utf8')).toBe(script)
    const gz = await readFile(path.join(dir, 'index-abc123.js.gz'))
    expect(gunzipSync(gz).toString('utf8')).toBe(script)
    expect(br.length).toBeLessThan(gz.length)
  })
})
