import Button from '@mui/material/Button'
import Popover from '@mui/material/Popover'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { useId, useState, type SyntheticEvent } from 'react'
import { isValidEnvVariableName, vaultEnvReference } from './vault-reference'

interface VaultReferenceButtonProps {
  /** What the reference stands for, e.g. "password"; used in the button's name. */
  subject: string
  onInsert: (reference: string) => void
}

/** Writes ${vault.env['NAME']} for the operator, so a secret can live on the data plane instead. */
export function VaultReferenceButton({ subject, onInsert }: VaultReferenceButtonProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const [name, setName] = useState('')
  const [touched, setTouched] = useState(false)
  const popoverId = useId()
  const valid = isValidEnvVariableName(name)
  const submit = (event: SyntheticEvent) => {
    // A form inside the main form would submit both; keep this one to itself.
    event.preventDefault()
    event.stopPropagation()
    setTouched(true)
    if (!valid) return
    onInsert(vaultEnvReference(name))
    setAnchor(null)
    setName('')
    setTouched(false)
  }
  return (
    <>
      <Button
        size="small"
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="dialog"
        aria-controls={anchor ? popoverId : undefined}
        sx={{ alignSelf: 'flex-start' }}
      >
        Use an environment variable for the {subject}
      </Button>
      <Popover
        id={popoverId}
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': `Reference for the ${subject}` } }}
      >
        <Stack component="div" spacing={1.5} sx={{ p: 2, width: 340 }}>
          <TextField
            label="Environment variable name"
            value={name}
            autoFocus
            size="small"
            onChange={(event) => setName(event.target.value.trim())}
            onKeyDown={(event) => {
              if (event.key === 'Enter') submit(event)
            }}
            error={touched && !valid}
            helperText={
              touched && !valid
                ? 'Letters, digits and _; not starting with a digit'
                : `Set on the gateway's data plane, e.g. KAFKA_${subject.toUpperCase().replace(/\W+/g, '_')}`
            }
            slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
          />
          <Button variant="contained" onClick={submit} sx={{ alignSelf: 'flex-end' }}>
            Insert reference
          </Button>
        </Stack>
      </Popover>
    </>
  )
}
