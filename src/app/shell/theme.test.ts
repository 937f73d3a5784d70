import { createTheme } from '@mui/material/styles'
import { describe, expect, it, vi } from 'vitest'
import { appTheme } from './theme'

vi.mock('@mui/material/styles', async (importOriginal) => {
  const styles = await importOriginal<typeof import('@mui/material/styles')>()
  return { ...styles, createTheme: vi.fn(styles.createTheme) }
})

describe('appTheme', () => {
  it('builds the theme on first use, not when its module loads, and only once', () => {
    // The module is loaded above: evaluating the first-paint scripts must not build the theme.
    expect(createTheme).not.toHaveBeenCalled()
    const theme = appTheme()
    expect(appTheme()).toBe(theme)
    expect(createTheme).toHaveBeenCalledTimes(1)
    expect(theme.palette.primary.main).toBe('#1155cb')
  })
})
