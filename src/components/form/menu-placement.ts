import { useRef, useState } from 'react'
import type { MenuProps } from '@mui/material/Menu'

/** MUI's Popover keeps this far from the window's edges. */
const EDGE_MARGIN = 16
/** Room below that fits a typical list (four two-line options); with less, the roomier side wins. */
const ROOM_BELOW_WANTED = 320
/** Never squeeze a list below this height, even in a tiny window. */
const MIN_HEIGHT = 120

export interface MenuPlacement {
  above: boolean
  maxHeight: number
}

/**
 * Where a select's list opens: below its field, or above when the field is low in the window. The
 * list never covers the field. A list shifted over the field would put an option under the pointer,
 * and MUI's press-drag-release then chooses it when a slow first draw outlasts 200 ms.
 */
export function menuPlacement(
  field: { top: number; bottom: number },
  windowHeight: number,
): MenuPlacement {
  const roomBelow = windowHeight - field.bottom - EDGE_MARGIN
  const roomAbove = field.top - EDGE_MARGIN
  const above = roomBelow < ROOM_BELOW_WANTED && roomAbove > roomBelow
  return { above, maxHeight: Math.max(MIN_HEIGHT, Math.floor(above ? roomAbove : roomBelow)) }
}

/** Measures the field as its list opens and returns what the Select needs to place the list. */
export function useMenuPlacement() {
  const fieldRef = useRef<HTMLDivElement>(null)
  const [placement, setPlacement] = useState<MenuPlacement>({ above: false, maxHeight: 0 })
  const onOpen = () => {
    const field = fieldRef.current
    if (field) setPlacement(menuPlacement(field.getBoundingClientRect(), window.innerHeight))
  }
  const menuProps: Partial<MenuProps> = {
    anchorOrigin: { vertical: placement.above ? 'top' : 'bottom', horizontal: 'center' },
    transformOrigin: { vertical: placement.above ? 'bottom' : 'top', horizontal: 'center' },
    slotProps: {
      paper: { style: placement.maxHeight ? { maxHeight: placement.maxHeight } : undefined },
    },
  }
  return { fieldRef, onOpen, menuProps }
}
