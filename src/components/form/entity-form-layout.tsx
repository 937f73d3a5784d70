import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import CircularProgress from '@mui/material/CircularProgress'
import Stack from '@mui/material/Stack'
import type { BaseSyntheticEvent, ReactNode } from 'react'
import { useAfterFirstPaint } from '../use-after-first-paint'

interface EntityFormLayoutProps {
  /** The form's accessible name, e.g. "New backend cluster". */
  label: string
  onSubmit: (event: BaseSyntheticEvent) => void
  /** The form's sections, in order. */
  children: ReactNode
  /** Beside the form on wide screens (the live configuration), below it on narrow ones. */
  aside: ReactNode
  onCancel: () => void
  pending: boolean
  saveDisabled: boolean
  /** The first key or pointer press inside the form: when code it will need can start loading. */
  onInteract?: () => void
}

/** Both entity forms: sections, Cancel and Save, with the live configuration beside them. */
export function EntityFormLayout({
  label,
  onSubmit,
  children,
  aside,
  onCancel,
  pending,
  saveDisabled,
  onInteract,
}: EntityFormLayoutProps) {
  if (!useAfterFirstPaint()) return null
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 3,
        // minmax(0, …): a long line in the configuration preview must not widen the page on a phone.
        gridTemplateColumns: {
          xs: 'minmax(0, 1fr)',
          lg: 'minmax(0, 1fr) minmax(0, 1fr)',
          xl: 'minmax(0, 7fr) minmax(0, 6fr)',
        },
      }}
    >
      <Box
        component="form"
        noValidate
        aria-label={label}
        onSubmit={onSubmit}
        onKeyDownCapture={onInteract}
        onPointerDownCapture={onInteract}
      >
        <Stack spacing={3}>
          {children}
          <Stack direction="row" spacing={1.5} sx={{ justifyContent: 'flex-end' }}>
            <Button onClick={onCancel} disabled={pending}>
              Cancel
            </Button>
            <Button
              type="submit"
              variant="contained"
              disabled={pending || saveDisabled}
              startIcon={
                pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined
              }
            >
              Save
            </Button>
          </Stack>
        </Stack>
      </Box>
      <Box sx={{ position: { lg: 'sticky' }, top: { lg: 64 }, alignSelf: 'start' }}>{aside}</Box>
    </Box>
  )
}
