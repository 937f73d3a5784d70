import CheckIcon from '@mui/icons-material/Check'
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import Tooltip from '@mui/material/Tooltip'
import { useEffect, useState } from 'react'
import { COPY_UNAVAILABLE_HINT, copyText } from './clipboard'
import { useNotify } from './notifications'

interface CopyButtonProps {
  text: string
  /** Accessible name, e.g. "Copy curl command". */
  label: string
  /** Icon-only when compact. */
  compact?: boolean
  /** When the browser refuses to copy: select the text on screen so Ctrl+C takes it. */
  onUnavailable?: () => void
}

export function CopyButton({ text, label, compact = false, onUnavailable }: CopyButtonProps) {
  const [copied, setCopied] = useState(false)
  const notify = useNotify()
  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), 2000)
    return () => clearTimeout(timer)
  }, [copied])
  const copy = async () => {
    if ((await copyText(text)) === 'copied') {
      setCopied(true)
      return
    }
    onUnavailable?.()
    notify(COPY_UNAVAILABLE_HINT, 'warning')
  }
  const icon = copied ? <CheckIcon fontSize="small" /> : <ContentCopyOutlined fontSize="small" />
  if (compact) {
    return (
      <Tooltip title={copied ? 'Copied' : label}>
        <IconButton size="small" aria-label={label} onClick={() => void copy()}>
          {icon}
        </IconButton>
      </Tooltip>
    )
  }
  return (
    <Button size="small" startIcon={icon} aria-label={label} onClick={() => void copy()}>
      {copied ? 'Copied' : 'Copy'}
    </Button>
  )
}
