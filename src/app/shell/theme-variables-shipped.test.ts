// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { THEME_VARIABLES_MARK, themeVariablesShipped } from './theme-variables-shipped'

function documentWith(head: string): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head></html>`, 'text/html')
}

describe('themeVariablesShipped', () => {
  it('is true only when the stylesheet link carries the build’s mark', () => {
    expect(
      themeVariablesShipped(
        documentWith(`<link rel="stylesheet" href="/a.css" ${THEME_VARIABLES_MARK}>`),
      ),
    ).toBe(true)
    expect(themeVariablesShipped(documentWith('<link rel="stylesheet" href="/a.css">'))).toBe(false)
    expect(themeVariablesShipped(documentWith(''))).toBe(false)
  })
})
