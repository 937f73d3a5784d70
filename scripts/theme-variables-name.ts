// emotion's name for the theme's CSS variables, as MUI's ThemeProvider renders them: a <Global>
// of theme.generateStyleSheets(), which emotion names by hashing the serialised styles. The build
// compares it with the shipped globals to know whether the variables ship.
import { css } from '@emotion/react'
import { appTheme } from '../src/app/shell/theme'

export function themeVariablesGlobalName(): string {
  return css(appTheme().generateStyleSheets()).name
}
