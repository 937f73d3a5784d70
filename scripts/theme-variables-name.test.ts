import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FIRST_PAINT_STYLES_FILE, parseFirstPaintStyles } from './first-paint-styles'
import { themeVariablesGlobalName } from './theme-variables-name'

describe('themeVariablesGlobalName', () => {
  it('is emotion’s short hash name, the same on every call', () => {
    const name = themeVariablesGlobalName()
    expect(name).toMatch(/^[a-z0-9]+$/)
    expect(themeVariablesGlobalName()).toBe(name)
  })

  it('names a global the committed first-paint styles ship (else: npm run gen:first-paint-css)', () => {
    const { globals } = parseFirstPaintStyles(readFileSync(FIRST_PAINT_STYLES_FILE, 'utf8'))
    expect(globals).toContain(themeVariablesGlobalName())
  })
})
