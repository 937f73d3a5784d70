import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useId, type ReactNode } from 'react'

interface FormSectionProps {
  title: string
  description?: ReactNode
  children: ReactNode
}

/** A titled card; a region landmark named by its heading so screen readers can jump between sections. */
export function FormSection({ title, description, children }: FormSectionProps) {
  const headingId = useId()
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, sm: 3 } }}
    >
      <Typography id={headingId} variant="h2" sx={{ mb: description ? 0.5 : 2 }}>
        {title}
      </Typography>
      {description ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {description}
        </Typography>
      ) : null}
      <Stack spacing={2.5}>{children}</Stack>
    </Paper>
  )
}
