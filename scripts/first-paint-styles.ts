// The class styles that deep-linked pages paint with, kept in src/app/shell/first-paint-styles.css
// by `npm run gen:first-paint-css`. The build ships them as a stylesheet the HTML links to, and
// tells emotion they are in place, so it neither compiles nor inserts them at run time.
import { createHash } from 'node:crypto'
import type { HtmlTagDescriptor } from 'vite'

export const FIRST_PAINT_STYLES_FILE = 'src/app/shell/first-paint-styles.css'

const HEADER = [
  '/* Written by `npm run gen:first-paint-css`; do not edit. The class styles the deep-linked pages',
  '   paint with, which the build ships as a stylesheet (scripts/first-paint-styles.ts). */',
]
const IDS_LINE = /^\/\* emotion ids: ([a-z0-9 ]*) \*\/$/

export interface FirstPaintStyles {
  /** emotion's names for the styles (class `css-<id>`), which it keeps a set of as inserted. */
  ids: string[]
  /** The rules as emotion would insert them, in its order. */
  rules: string[]
}

export function formatFirstPaintStyles({ ids, rules }: FirstPaintStyles): string {
  return [...HEADER, `/* emotion ids: ${ids.join(' ')} */`, ...rules, ''].join('\n')
}

export function parseFirstPaintStyles(text: string): FirstPaintStyles {
  const lines = text.split('\n')
  const at = lines.findIndex((line) => IDS_LINE.test(line))
  if (at === -1) throw new Error(`${FIRST_PAINT_STYLES_FILE} has no "emotion ids" line`)
  return {
    ids: (IDS_LINE.exec(lines[at] ?? '')?.[1] ?? '').split(' ').filter(Boolean),
    rules: lines.slice(at + 1).filter((line) => line !== ''),
  }
}

/** The stylesheet's name under dist/: hashed, so the server may let browsers keep it for good. */
export function firstPaintStylesheetName(stylesheet: string): string {
  const hash = createHash('sha256').update(stylesheet).digest('base64url').slice(0, 8)
  return `assets/first-paint-styles-${hash}.css`
}

/**
 * For index.html's head: the stylesheet, and an empty style element whose data-emotion names the
 * styles. emotion's cache reads those names as already inserted when it starts. The rules stay out
 * of that element because emotion moves it within <head>, and a moved sheet is parsed again.
 */
export function firstPaintStyleTags(ids: string[], href: string): HtmlTagDescriptor[] {
  if (ids.length === 0) return []
  return [
    { tag: 'link', attrs: { rel: 'stylesheet', href }, injectTo: 'head' },
    // data-s: emotion leaves elements marked so where they are, instead of moving them to the end.
    {
      tag: 'style',
      attrs: { 'data-emotion': `css ${ids.join(' ')}`, 'data-s': '' },
      injectTo: 'head',
    },
  ]
}
