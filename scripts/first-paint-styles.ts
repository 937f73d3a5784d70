// The styles that deep-linked pages paint with, kept in src/app/shell/first-paint-styles.css by
// `npm run gen:first-paint-css`: the app's global styles (the theme's variables, the baseline) and
// the class styles. The build ships them as a stylesheet the HTML links to, and tells emotion they
// are in place, so it neither compiles nor inserts them at run time.
import { createHash } from 'node:crypto'
import type { HtmlTagDescriptor } from 'vite'
import { THEME_VARIABLES_MARK } from '../src/app/shell/theme-variables-shipped'

export const FIRST_PAINT_STYLES_FILE = 'src/app/shell/first-paint-styles.css'

const HEADER = [
  '/* Written by `npm run gen:first-paint-css`; do not edit. The global and class styles the',
  '   deep-linked pages paint with, which the build ships as a stylesheet (scripts/first-paint-styles.ts). */',
]
const GLOBALS_LINE = /^\/\* emotion globals: ([a-z0-9 ]*) \*\/$/
const IDS_LINE = /^\/\* emotion ids: ([a-z0-9 ]*) \*\/$/

export interface FirstPaintStyles {
  /** emotion's names for the global styles (each a <Global> the app always renders). */
  globals: string[]
  /** emotion's names for the class styles (class `css-<id>`), which it keeps a set of as inserted. */
  ids: string[]
  /** The rules as emotion would insert them: the globals' first, as they precede classes. */
  rules: string[]
}

export function formatFirstPaintStyles({ globals, ids, rules }: FirstPaintStyles): string {
  return [
    ...HEADER,
    `/* emotion globals: ${globals.join(' ')} */`,
    `/* emotion ids: ${ids.join(' ')} */`,
    ...rules,
    '',
  ].join('\n')
}

const names = (line: RegExp, text: string | undefined) =>
  (line.exec(text ?? '')?.[1] ?? '').split(' ').filter(Boolean)

export function parseFirstPaintStyles(text: string): FirstPaintStyles {
  const lines = text.split('\n')
  const at = lines.findIndex((line) => IDS_LINE.test(line))
  if (at === -1) throw new Error(`${FIRST_PAINT_STYLES_FILE} has no "emotion ids" line`)
  if (!GLOBALS_LINE.test(lines[at - 1] ?? ''))
    throw new Error(`${FIRST_PAINT_STYLES_FILE} has no "emotion globals" line before its ids`)
  return {
    globals: names(GLOBALS_LINE, lines[at - 1]),
    ids: names(IDS_LINE, lines[at]),
    rules: lines.slice(at + 1).filter((line) => line !== ''),
  }
}

/** The stylesheet's name under dist/: hashed, so the server may let browsers keep it for good. */
export function firstPaintStylesheetName(stylesheet: string): string {
  const hash = createHash('sha256').update(stylesheet).digest('base64url').slice(0, 8)
  return `assets/first-paint-styles-${hash}.css`
}

// data-s: emotion leaves elements marked so where they are, instead of moving them to the end.
const emotionTag = (names: string): HtmlTagDescriptor => ({
  tag: 'style',
  attrs: { 'data-emotion': names, 'data-s': '' },
  injectTo: 'head',
})

/**
 * For index.html's head: the stylesheet, and empty style elements named as emotion names its own.
 * A <Global> that finds its element takes it over instead of inserting its rules; the cache reads
 * the class names in the last one as already inserted. The rules stay out of these elements
 * because emotion moves them within <head>, and a moved sheet is parsed again.
 * When the theme's variables (emotion's name `themeVariables`) are among the globals, the link is
 * marked so the app's ThemeProvider does not render them at all, and they need no element.
 */
export function firstPaintStyleTags(
  { globals, ids }: Pick<FirstPaintStyles, 'globals' | 'ids'>,
  href: string,
  themeVariables?: string,
): HtmlTagDescriptor[] {
  if (globals.length === 0 && ids.length === 0) return []
  const variablesShip = themeVariables !== undefined && globals.includes(themeVariables)
  return [
    {
      tag: 'link',
      attrs: { rel: 'stylesheet', href, ...(variablesShip ? { [THEME_VARIABLES_MARK]: '' } : {}) },
      injectTo: 'head',
    },
    ...globals
      .filter((name) => !variablesShip || name !== themeVariables)
      .map((name) => emotionTag(`css-global ${name}`)),
    ...(ids.length > 0 ? [emotionTag(`css ${ids.join(' ')}`)] : []),
  ]
}
