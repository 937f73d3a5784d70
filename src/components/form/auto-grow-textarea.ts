import type { InputBaseComponentProps } from '@mui/material/InputBase'

/**
 * TextField props for a multiline field that grows with its text in CSS (`field-sizing`), as a plain
 * <textarea>. MUI's own multiline field is an autosizing textarea that measures itself in a layout
 * effect, which forces a style and layout pass of the whole page inside the form's first commit.
 * Browsers without `field-sizing` show `minRows` lines and scroll.
 */
export function autoGrowTextarea(
  minRows: number,
  maxRows?: number,
  htmlInput: InputBaseComponentProps = {},
) {
  return {
    multiline: true,
    rows: minRows,
    sx: {
      '& textarea': {
        fieldSizing: 'content',
        minHeight: `${String(minRows)}lh`,
        ...(maxRows === undefined ? {} : { maxHeight: `${String(maxRows)}lh`, overflowY: 'auto' }),
      },
    },
    slotProps: {
      input: { inputComponent: 'textarea' },
      // A textarea has no type.
      htmlInput: { type: undefined, ...htmlInput },
    },
  } as const
}
