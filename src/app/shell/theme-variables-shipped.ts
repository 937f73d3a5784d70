/**
 * The build marks the first-paint stylesheet's link with this attribute when the stylesheet holds the
 * theme's CSS variables (scripts/first-paint-styles.ts). MUI's ThemeProvider then need not generate
 * them: building that stylesheet object and serialising its 23 KB for emotion cost the first render
 * several milliseconds on a phone, only for emotion to find the styles already in place.
 */
export const THEME_VARIABLES_MARK = 'data-theme-variables'

/** True when the page's HTML ships the theme's variables (a build); false in development and tests. */
export function themeVariablesShipped(doc: Document = document): boolean {
  return doc.querySelector(`link[${THEME_VARIABLES_MARK}]`) !== null
}
