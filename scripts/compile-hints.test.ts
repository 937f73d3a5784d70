import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ChunkInfo } from './bundle-manifest'
import { COMPILE_HINT, firstPaintChunks, withCompileHint } from './compile-hints'

const ROOT = '/project'
const at = (file: string) => path.join(ROOT, file)

const CHUNKS: ChunkInfo[] = [
  { fileName: 'index.js', isEntry: true, facadeModuleId: at('index.html'), imports: ['shared.js'] },
  { fileName: 'shared.js', isEntry: false, facadeModuleId: null, imports: ['runtime.js'] },
  { fileName: 'runtime.js', isEntry: false, facadeModuleId: null, imports: [] },
  {
    fileName: 'new-page.js',
    isEntry: false,
    facadeModuleId: at('src/features/backend-clusters/routes/backend-cluster-new-page.tsx'),
    imports: ['shared.js', 'form.js'],
  },
  { fileName: 'form.js', isEntry: false, facadeModuleId: null, imports: ['shared.js'] },
  {
    fileName: 'sign-in-page.js',
    isEntry: false,
    facadeModuleId: at('src/app/session/sign-in-page.tsx'),
    imports: [],
  },
  // Loaded only when asked for: a preview's writer, a dialog.
  {
    fileName: 'render-yaml.js',
    isEntry: false,
    facadeModuleId: at('src/components/config-preview/render-yaml.ts'),
    imports: ['yaml.js'],
  },
  { fileName: 'yaml.js', isEntry: false, facadeModuleId: null, imports: [] },
]

describe('compile hints', () => {
  it('marks what the entry and the page modules import statically, and nothing loaded later', () => {
    expect([...firstPaintChunks(CHUNKS, ROOT)].sort()).toEqual([
      'form.js',
      'index.js',
      'new-page.js',
      'runtime.js',
      'shared.js',
      'sign-in-page.js',
    ])
  })

  it('puts the hint first, once', () => {
    expect(withCompileHint('const a=1;')).toBe(`${COMPILE_HINT}const a=1;`)
    expect(withCompileHint(withCompileHint('x'))).toBe(`${COMPILE_HINT}x`)
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n')
  })
})
