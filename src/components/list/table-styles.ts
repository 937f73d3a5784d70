import type { SxProps, Theme } from '@mui/material/styles'

// The body rows are plain table elements styled once here, not MUI components styled per cell:
// a page of 100 rows would otherwise serialise thousands of style objects on every render, and the
// first rows of a list are on the critical path (`npm run bench`). Both entity lists use them.

/** Class names the row and cell components use; the rules are in `dataTableSx`. */
export const CELL = {
  inline: 'table-cell-inline',
  mono: 'table-cell-mono',
  chip: 'table-cell-chip',
  more: 'table-cell-more',
  muted: 'table-cell-muted',
  warning: 'table-cell-warning',
  caption: 'table-cell-caption',
  steps: 'table-cell-steps',
  actions: 'table-cell-actions',
} as const

const focusRing = {
  outline: '2px solid',
  outlineColor: 'primary.main',
  outlineOffset: 1,
} as const

/** The table's look; below `minWidth` pixels it scrolls sideways instead of squeezing columns. */
export const dataTableSx =
  (minWidth: number): SxProps<Theme> =>
  (theme) => {
    const palette = theme.vars.palette
    // The same line as MUI's own header cells.
    const rowLine = palette.TableCell.border
    return {
      // Fixed layout: columns keep their width from page to page.
      tableLayout: 'fixed',
      minWidth,
      '& th, & td': { px: 1.5 },
      '& tbody td': {
        ...theme.typography.body2,
        height: 52,
        py: 0.75,
        verticalAlign: 'middle',
        borderBottom: `1px solid ${rowLine}`,
        color: palette.text.primary,
        overflowWrap: 'anywhere',
      },
      '& tbody tr:last-of-type td': { borderBottom: 0 },
      '& tbody tr:hover': { bgcolor: palette.action.hover },
      [`& .${CELL.actions}`]: { textAlign: 'right', py: 0 },
      [`& .${CELL.inline}`]: {
        display: 'flex',
        alignItems: 'center',
        flexWrap: 'wrap',
        gap: 0.5,
        minWidth: 0,
      },
      [`& .${CELL.mono}`]: {
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
        fontSize: '0.8125rem',
        minWidth: 0,
        // Host names have no spaces: break anywhere, and stop after two lines.
        wordBreak: 'break-all',
        display: '-webkit-box',
        WebkitLineClamp: 2,
        // csstype marks it deprecated, yet -webkit-line-clamp still needs it (emotion wants camelCase).
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        WebkitBoxOrient: 'vertical',
        overflow: 'hidden',
        mr: 0.5,
      },
      [`& .${CELL.chip}, & .${CELL.more}`]: {
        display: 'inline-flex',
        alignItems: 'center',
        height: 24,
        maxWidth: '100%',
        px: 1,
        borderRadius: 12,
        fontSize: '0.8125rem',
        lineHeight: 1,
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      },
      [`& .${CELL.chip}`]: {
        display: 'inline-block',
        lineHeight: '24px',
        bgcolor: palette.action.selected,
      },
      [`& .${CELL.more}`]: {
        flexShrink: 0,
        font: 'inherit',
        fontSize: '0.8125rem',
        color: palette.text.primary,
        bgcolor: 'transparent',
        border: `1px solid ${palette.divider}`,
        cursor: 'default',
        '&:focus-visible': focusRing,
      },
      [`& .${CELL.muted}`]: { color: palette.text.secondary },
      // An ordered list of short items, numbered, one per line.
      [`& .${CELL.steps}`]: {
        m: 0,
        pl: 2.5,
        '& li::marker': { color: palette.text.secondary },
      },
      [`& .${CELL.warning}`]: { color: palette.warning.main },
      [`& .${CELL.caption}`]: { ...theme.typography.caption, display: 'block' },
    }
  }
