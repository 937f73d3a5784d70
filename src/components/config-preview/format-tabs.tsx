import Box from '@mui/material/Box'
import ButtonBase from '@mui/material/ButtonBase'
import type { SxProps, Theme } from '@mui/material/styles'
import { memo, useRef, type KeyboardEvent } from 'react'

export interface FormatTab<Id extends string> {
  id: Id
  label: string
}

interface FormatTabsProps<Id extends string> {
  tabs: readonly FormatTab<Id>[]
  selected: Id
  onSelect: (id: Id) => void
  /** The tablist's accessible name. */
  label: string
  /** The element id of each tab, which the panel names itself by. */
  tabId: (id: Id) => string
  panelId: string
}

const STRIP_SX: SxProps<Theme> = {
  display: 'flex',
  minHeight: 48,
  overflowX: 'auto',
  // Scrollable by touch, wheel and focus; a visible bar would cover the tabs' underline.
  scrollbarWidth: 'none',
}

const TAB_SX: SxProps<Theme> = {
  typography: 'button',
  lineHeight: 1.25,
  // Keeps the focus ripple inside the tab, as MUI's Tab does.
  overflow: 'hidden',
  flexShrink: 0,
  minWidth: 90,
  minHeight: 48,
  px: 2,
  py: 1.5,
  textTransform: 'none',
  color: 'text.secondary',
  // The underline is always there, transparent until selected, so selecting never moves the text.
  borderBottom: 2,
  borderColor: 'transparent',
  '&[aria-selected="true"]': { color: 'primary.main', borderColor: 'primary.main' },
}

/** Arrow keys move focus along the strip (wrapping), Home and End to its ends; Enter or Space selects. */
function nextIndex(key: string, index: number, count: number): number | undefined {
  if (key === 'ArrowRight') return (index + 1) % count
  if (key === 'ArrowLeft') return (index - 1 + count) % count
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  return undefined
}

/**
 * A strip of tabs whose indicator is the selected tab's own underline. MUI's Tabs measure every tab
 * to place a sliding indicator and size their scroller too: that forced a style and layout pass of
 * the whole page in the commit that draws a form, and rendered the strip a second time after it.
 * Here nothing is measured: the strip scrolls sideways in CSS, and a focused tab scrolls into view.
 */
function FormatTabsStrip<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
  tabId,
  panelId,
}: FormatTabsProps<Id>) {
  const strip = useRef<HTMLDivElement>(null)
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(strip.current?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])]
    const index = buttons.findIndex((button) => button === document.activeElement)
    if (index === -1) return
    const next = nextIndex(event.key, index, buttons.length)
    if (next === undefined) return
    event.preventDefault()
    buttons[next]?.focus()
  }
  return (
    <Box ref={strip} role="tablist" aria-label={label} onKeyDown={onKeyDown} sx={STRIP_SX}>
      {tabs.map((tab) => {
        const isSelected = tab.id === selected
        return (
          <ButtonBase
            key={tab.id}
            role="tab"
            id={tabId(tab.id)}
            aria-selected={isSelected}
            aria-controls={panelId}
            // One tab stop for the strip: the selected tab; arrows reach the others.
            tabIndex={isSelected ? 0 : -1}
            focusRipple
            sx={TAB_SX}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </ButtonBase>
        )
      })}
    </Box>
  )
}

/** Memoised: as a form is typed only the code changes, so the strip is not rendered again. */
export const FormatTabs = memo(FormatTabsStrip) as typeof FormatTabsStrip
