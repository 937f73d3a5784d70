import CheckIcon from '@mui/icons-material/Check'
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import Tooltip from '@mui/material/Tooltip'
import { useEffect, useState } from 'react'

interface CopyButtonProps {
  text: string
  /** Accessible name, e.g. "Copy curl command". */
  label: string
  /** Icon-only when compact. */
  compact?: boolean
}

export function CopyButton({ text, label, compact = false }: CopyButtonProps) {
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), 2000)
    return () => clearTimeout(timer)
  }, [copied])
  const copy = async () => {
    await navigator.clipboard.writeText(text)
    setCopied(true)
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
