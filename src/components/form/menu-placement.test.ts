import { describe, expect, it } from 'vitest'
import { menuPlacement } from './menu-placement'

describe('menuPlacement', () => {
  it('opens below a field with room under it, as tall as that room', () => {
    expect(menuPlacement({ top: 100, bottom: 156 }, 720)).toEqual({ above: false, maxHeight: 548 })
  })

  it('opens above a field at the bottom edge of the window, clear of the field', () => {
    const placement = menuPlacement({ top: 664, bottom: 720 }, 720)
    expect(placement).toEqual({ above: true, maxHeight: 648 })
    expect(664 - placement.maxHeight).toBeGreaterThanOrEqual(16)
  })

  it('stays below while a typical list fits there, even with more room above', () => {
    expect(menuPlacement({ top: 340, bottom: 396 }, 800).above).toBe(false)
  })

  it('takes the roomier side when neither fits a typical list', () => {
    expect(menuPlacement({ top: 150, bottom: 206 }, 400)).toEqual({ above: false, maxHeight: 178 })
    expect(menuPlacement({ top: 200, bottom: 256 }, 400)).toEqual({ above: true, maxHeight: 184 })
  })

  it('keeps a usable height in a tiny window', () => {
    expect(menuPlacement({ top: 40, bottom: 96 }, 150).maxHeight).toBe(120)
  })
})
