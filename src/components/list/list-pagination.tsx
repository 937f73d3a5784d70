import ChevronLeft from '@mui/icons-material/ChevronLeft'
import ChevronRight from '@mui/icons-material/ChevronRight'
import FirstPage from '@mui/icons-material/FirstPage'
import IconButton from '@mui/material/IconButton'
import InputBase from '@mui/material/InputBase'
import NativeSelect from '@mui/material/NativeSelect'
import Stack from '@mui/material/Stack'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import { useId, type ReactNode } from 'react'
import { PAGE_SIZES, type PageSize } from './list-search'

interface ListPaginationProps {
  size: PageSize
  onSizeChange: (size: PageSize) => void
  /** What this page holds, e.g. "25 on this page". */
  summary: string
  canGoBack: boolean
  canGoForward: boolean
  onFirst: () => void
  onPrevious: () => void
  onNext: () => void
}

function isPageSize(value: number): value is PageSize {
  return (PAGE_SIZES as readonly number[]).includes(value)
}

/**
 * Cursor paging: previous, next and first page, no page numbers (the API gives no total).
 * Unavailable buttons stay focusable (aria-disabled), so focus is not lost on the last page.
 */
export function ListPagination({
  size,
  onSizeChange,
  summary,
  canGoBack,
  canGoForward,
  onFirst,
  onPrevious,
  onNext,
}: ListPaginationProps) {
  const sizeId = useId()
  return (
    <Stack
      component="nav"
      aria-label="Pagination"
      direction="row"
      spacing={2}
      useFlexGap
      sx={{ alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', px: 2, py: 0.5 }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography component="label" htmlFor={sizeId} variant="body2" color="text.secondary">
          Rows per page
        </Typography>
        <NativeSelect
          value={size}
          onChange={(event) => {
            const next = Number(event.target.value)
            if (isPageSize(next)) onSizeChange(next)
          }}
          input={<InputBase />}
          inputProps={{ id: sizeId }}
          sx={{
            fontSize: 'body2.fontSize',
            '& select': { py: 0.5, pl: 1, borderRadius: 1 },
            '& select:focus-visible': {
              outline: '2px solid',
              outlineColor: 'primary.main',
            },
          }}
        >
          {PAGE_SIZES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </NativeSelect>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 110, textAlign: 'right' }}>
        {summary}
      </Typography>
      <Stack direction="row" spacing={0.5}>
        <PagerButton label="Go to first page" enabled={canGoBack} onClick={onFirst}>
          <FirstPage />
        </PagerButton>
        <PagerButton label="Go to previous page" enabled={canGoBack} onClick={onPrevious}>
          <ChevronLeft />
        </PagerButton>
        <PagerButton label="Go to next page" enabled={canGoForward} onClick={onNext}>
          <ChevronRight />
        </PagerButton>
      </Stack>
    </Stack>
  )
}

function PagerButton({
  label,
  enabled,
  onClick,
  children,
}: {
  label: string
  enabled: boolean
  onClick: () => void
  children: ReactNode
}) {
  return (
    <Tooltip title={label}>
      <IconButton
        aria-label={label}
        aria-disabled={!enabled}
        onClick={() => {
          if (enabled) onClick()
        }}
        disableRipple={!enabled}
        sx={
          enabled
            ? undefined
            : { color: 'action.disabled', cursor: 'default', '&:hover': { bgcolor: 'transparent' } }
        }
      >
        {children}
      </IconButton>
    </Tooltip>
  )
}
