import { useEffect } from 'react'

/**
 * The scrollable Tabs' `scrollbar` slot, without MUI's measuring. MUI measures the scroller's bar
 * in a layout effect, to hide it with a negative margin, and that forces a style and layout pass of
 * the whole page inside the commit that draws a form. Browsers hide that bar in CSS now (MUI's
 * `scrollbar-width: none`), so its width is 0; saying so after paint lets the strip scroll.
 */
export function UnmeasuredScrollbar({ onChange }: { onChange?: (width: number) => void }) {
  useEffect(() => onChange?.(0), [onChange])
  return null
}
