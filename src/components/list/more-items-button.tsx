import Box from '@mui/material/Box'
import Tooltip from '@mui/material/Tooltip'
import { CELL } from './table-styles'

interface MoreItemsButtonProps {
  /** The items not shown in the cell. */
  items: readonly string[]
  /** What they are, for screen readers: "bootstrap servers", "labels". */
  noun: string
}

/**
 * "+N" after the first items of a cell; the rest show in a tooltip on hover or keyboard focus,
 * and screen readers hear them in the button's name.
 */
export function MoreItemsButton({ items, noun }: MoreItemsButtonProps) {
  const shown = `+${items.length}`
  return (
    <Tooltip
      describeChild
      title={
        <Box component="ul" sx={{ m: 0, pl: 2, overflowWrap: 'anywhere' }}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </Box>
      }
    >
      <button
        type="button"
        className={CELL.more}
        aria-label={`${shown} more ${noun}: ${items.join(', ')}`}
      >
        {shown}
      </button>
    </Tooltip>
  )
}
