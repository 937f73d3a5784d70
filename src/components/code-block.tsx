import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { CopyButton } from './copy-button'

interface CodeBlockProps {
  code: string
  /** Names the block for screen readers and its copy button, e.g. "curl command". */
  label: string
  caption?: string
}

export function CodeBlock({ code, label, caption }: CodeBlockProps) {
  return (
    <Stack spacing={0.5}>
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: 'center', justifyContent: 'space-between', minHeight: 36 }}
      >
        <Typography variant="caption" color="text.secondary">
          {caption}
        </Typography>
        <CopyButton text={code} label={`Copy ${label}`} />
      </Stack>
      <Box
        component="pre"
        role="region"
        aria-label={label}
        tabIndex={0}
        sx={{
          m: 0,
          p: 1.5,
          maxHeight: 520,
          overflow: 'auto',
          fontSize: 12,
          lineHeight: 1.5,
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          bgcolor: 'action.hover',
          borderRadius: 1,
          whiteSpace: 'pre',
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid' },
        }}
      >
        {code}
      </Box>
    </Stack>
  )
}
