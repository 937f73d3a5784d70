import Box from '@mui/material/Box'
import Breadcrumbs from '@mui/material/Breadcrumbs'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useEffect, useRef, type ReactNode } from 'react'

const APP_NAME = 'Event Gateway Console'

/** True until the first page of this document has mounted. */
let firstPage = true

interface PageContainerProps {
  title: string
  /** Trail back to the page's parents; the current page is the title. */
  breadcrumbs?: ReactNode[]
  subtitle?: ReactNode
  actions?: ReactNode
  children: ReactNode
}

export function PageContainer({
  title,
  breadcrumbs,
  subtitle,
  actions,
  children,
}: PageContainerProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`
  }, [title])
  useEffect(() => {
    // After a navigation (a save, a delete) focus would fall back to <body>: start at the page's heading,
    // so keyboard and screen reader users land on the new page. A field that took focus keeps it.
    // Not on the document's first page: the browser starts at the top anyway, and focusing there would
    // force a style pass before the first paint.
    if (firstPage) {
      firstPage = false
      return
    }
    const active = document.activeElement
    if (!active || active === document.body || !active.isConnected) heading.current?.focus()
  }, [])
  return (
    <Box sx={{ maxWidth: 1280, mx: 'auto', px: { xs: 2, md: 4 }, py: 3 }}>
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 1 }}>
          {breadcrumbs}
        </Breadcrumbs>
      ) : null}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 3 }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography
            ref={heading}
            tabIndex={-1}
            variant="h1"
            sx={{ overflowWrap: 'anywhere', outline: 'none' }}
          >
            {title}
          </Typography>
          {subtitle ? (
            <Typography color="text.secondary" sx={{ mt: 0.5 }}>
              {subtitle}
            </Typography>
          ) : null}
        </Box>
        {actions ? (
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            {actions}
          </Stack>
        ) : null}
      </Stack>
      {children}
    </Box>
  )
}
