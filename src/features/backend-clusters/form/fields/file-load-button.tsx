import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined'
import Button from '@mui/material/Button'
import { useRef } from 'react'

interface FileLoadButtonProps {
  label: string
  accept: string
  disabled?: boolean
  onLoad: (text: string) => void
}

/** Reads a small text file (PEM) in the browser; nothing is uploaded anywhere. */
export function FileLoadButton({ label, accept, disabled, onLoad }: FileLoadButtonProps) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <Button
        size="small"
        startIcon={<UploadFileOutlined />}
        disabled={disabled}
        onClick={() => input.current?.click()}
        sx={{ alignSelf: 'flex-start' }}
      >
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void file.text().then(onLoad)
        }}
      />
    </>
  )
}
