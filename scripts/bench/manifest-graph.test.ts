import { describe, expect, it } from 'vitest'
import {
  findEntryKey,
  initialFiles,
  staticClosure,
  viteManifestSchema,
  type ViteManifest,
} from './manifest-graph'

const NEW_PAGE = 'src/routes/new-page.tsx'
const LIST_PAGE = 'src/routes/list-page.tsx'

// Shaped like Vite's: shared chunks import the entry back, pages share chunks, a dialog is lazy.
const manifest: ViteManifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_react.js', '_router.js'],
    dynamicImports: [NEW_PAGE, LIST_PAGE],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_router.js': { file: 'assets/router.js', imports: ['_react.js', 'index.html'] },
  '_form.js': { file: 'assets/form.js', imports: ['_react.js'], css: ['assets/form.css'] },
  '_table.js': { file: 'assets/table.js', imports: ['_react.js', '_router.js'] },
  [NEW_PAGE]: {
    file: 'assets/new-page.js',
    src: NEW_PAGE,
    isDynamicEntry: true,
    imports: ['_form.js', 'index.html'],
    dynamicImports: ['src/dialogs/help-dialog.tsx'],
  },
  [LIST_PAGE]: { file: 'assets/list-page.js', isDynamicEntry: true, imports: ['_table.js'] },
  'src/dialogs/help-dialog.tsx': { file: 'assets/help-dialog.js', isDynamicEntry: true },
  'src/orphan-page.tsx': { file: 'assets/orphan-page.js', isDynamicEntry: true },
}

describe('manifest graph', () => {
  it('finds the one entry chunk', () => {
    expect(findEntryKey(manifest)).toBe('index.html')
    expect(() => findEntryKey({ a: { file: 'a.js' } })).toThrow(/found 0/)
    expect(() =>
      findEntryKey({ a: { file: 'a.js', isEntry: true }, b: { file: 'b.js', isEntry: true } }),
    ).toThrow(/found 2: a, b/)
  })

  it('follows static imports once each, through cycles, and never dynamic ones', () => {
    expect(staticClosure(manifest, ['index.html'])).toEqual([
      'index.html',
      '_react.js',
      '_router.js',
    ])
  })

  it('names the importer of a chunk missing from the manifest', () => {
    const broken: ViteManifest = { 'index.html': { file: 'i.js', imports: ['_gone.js'] } }
    expect(() => staticClosure(broken, ['index.html'])).toThrow(
      'The manifest has no chunk "_gone.js" (imported by index.html)',
    )
  })

  it('counts the entry, the page and their static imports with their CSS, not lazy dialogs', () => {
    expect(initialFiles(manifest, [NEW_PAGE])).toEqual({
      js: [
        'assets/index.js',
        'assets/new-page.js',
        'assets/react.js',
        'assets/router.js',
        'assets/form.js',
      ],
      css: ['assets/index.css', 'assets/form.css'],
    })
    expect(initialFiles(manifest, [LIST_PAGE]).js).toEqual([
      'assets/index.js',
      'assets/list-page.js',
      'assets/react.js',
      'assets/router.js',
      'assets/table.js',
    ])
  })

  it('refuses page modules that are missing or not lazily imported by the app', () => {
    expect(() => initialFiles(manifest, ['src/routes/renamed-page.tsx'])).toThrow(
      'src/routes/renamed-page.tsx is not in the manifest',
    )
    // Lazy, but only from a page: not a route's page module.
    expect(() => initialFiles(manifest, ['src/dialogs/help-dialog.tsx'])).toThrow(
      /help-dialog\.tsx is not lazily imported by the entry chunk/,
    )
    expect(() => initialFiles(manifest, ['src/orphan-page.tsx', 'src/gone.tsx'])).toThrow(
      /orphan-page\.tsx is not lazily imported[\s\S]*src\/gone\.tsx is not in the manifest/,
    )
  })

  it('reads a manifest as Vite writes it and rejects one without files', () => {
    expect(viteManifestSchema.parse(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest)
    expect(() => viteManifestSchema.parse({ 'index.html': { isEntry: true } })).toThrow()
  })
})
