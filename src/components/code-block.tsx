import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useRef } from 'react'
import { CopyButton } from './copy-button'

interface CodeBlockProps {
  code: string
  /** Names the block for screen readers and its copy button, e.g. "curl command". */
  label: string
  caption?: string
  /** The code is still being written (its writer is loading). */
  busy?: boolean
}

export function CodeBlock({ code, label, caption, busy = false }: CodeBlockProps) {
  const block = useRef<HTMLPreElement>(null)
  // Without a clipboard, the code is selected and focused: Ctrl+C copies it.
  const selectCode = () => {
    const element = block.current
    if (!element) return
    element.focus()
    globalThis.getSelection()?.selectAllChildren(element)
  }
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
        <CopyButton text={code} label={`Copy ${label}`} onUnavailable={selectCode} />
      </Stack>
      <Box
        component="pre"
        ref={block}
        role="region"
        aria-label={label}
        aria-busy={busy}
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
