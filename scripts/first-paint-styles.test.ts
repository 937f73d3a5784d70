import { describe, expect, it } from 'vitest'
import {
  firstPaintStyleTags,
  firstPaintStylesheetName,
  formatFirstPaintStyles,
  parseFirstPaintStyles,
} from './first-paint-styles'

const styles = {
  globals: ['1tr9wji'],
  ids: ['le72ho', '1k67sw7'],
  rules: [
    'html{-webkit-font-smoothing:antialiased;}',
    '.css-le72ho{display:flex;}',
    '@media (min-width:600px){.css-le72ho{padding:24px;}}',
    '@keyframes animation-61bdi0{0%{opacity:0;}}',
    '.css-1k67sw7{animation:animation-61bdi0 1s;}',
  ],
}

describe('first-paint styles file', () => {
  it('reads back what it writes, rules in order', () => {
    expect(parseFirstPaintStyles(formatFirstPaintStyles(styles))).toEqual(styles)
  })

  it('reads a file with no styles as none', () => {
    expect(parseFirstPaintStyles('/* emotion globals:  */\n/* emotion ids:  */\n')).toEqual({
      globals: [],
      ids: [],
      rules: [],
    })
  })

  it('refuses a file without its globals line', () => {
    expect(() => parseFirstPaintStyles('/* emotion ids: le72ho */\n.css-le72ho{}\n')).toThrow(
      /emotion globals/,
    )
  })

  it('refuses a file without its ids line', () => {
    expect(() => parseFirstPaintStyles('.css-le72ho{display:flex;}\n')).toThrow(/emotion ids/)
  })
})

describe('first-paint style tags', () => {
  it('link the stylesheet and name the styles for emotion, in elements it leaves in place', () => {
    expect(firstPaintStyleTags(styles, '/assets/first-paint-styles-abc.css')).toEqual([
      {
        tag: 'link',
        attrs: { rel: 'stylesheet', href: '/assets/first-paint-styles-abc.css' },
        injectTo: 'head',
      },
      {
        tag: 'style',
        attrs: { 'data-emotion': 'css-global 1tr9wji', 'data-s': '' },
        injectTo: 'head',
      },
      {
        tag: 'style',
        attrs: { 'data-emotion': 'css le72ho 1k67sw7', 'data-s': '' },
        injectTo: 'head',
      },
    ])
  })

  it('mark the link when the theme variables ship, and leave them no element', () => {
    const withVariables = { globals: ['1tr9wji', 'fluf1k'], ids: ['le72ho'] }
    expect(
      firstPaintStyleTags(withVariables, '/assets/first-paint-styles-abc.css', 'fluf1k'),
    ).toEqual([
      {
        tag: 'link',
        attrs: {
          rel: 'stylesheet',
          href: '/assets/first-paint-styles-abc.css',
          'data-theme-variables': '',
        },
        injectTo: 'head',
      },
      {
        tag: 'style',
        attrs: { 'data-emotion': 'css-global 1tr9wji', 'data-s': '' },
        injectTo: 'head',
      },
      { tag: 'style', attrs: { 'data-emotion': 'css le72ho', 'data-s': '' }, injectTo: 'head' },
    ])
  })

  it('do not mark the link when the shipped globals are not the current theme variables', () => {
    // A theme edited since the file was written: the app must generate its variables itself.
    const [link, ...rest] = firstPaintStyleTags(styles, '/assets/first-paint-styles-abc.css', 'x1')
    expect(link?.attrs).toEqual({ rel: 'stylesheet', href: '/assets/first-paint-styles-abc.css' })
    expect(rest).toHaveLength(2)
  })

  it('are none when there are no styles', () => {
    expect(
      firstPaintStyleTags({ globals: [], ids: [] }, '/assets/first-paint-styles-abc.css'),
    ).toEqual([])
  })

  it('name the stylesheet by its content', () => {
    const one = firstPaintStylesheetName('.css-a{color:red;}')
    expect(one).toMatch(/^assets\/first-paint-styles-[\w-]{8}\.css$/)
    expect(firstPaintStylesheetName('.css-a{color:red;}')).toBe(one)
    expect(firstPaintStylesheetName('.css-a{color:blue;}')).not.toBe(one)
  })
})
