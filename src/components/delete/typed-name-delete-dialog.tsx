import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import TextField from '@mui/material/TextField'
import { useId, useState, type ReactNode, type SyntheticEvent } from 'react'

export interface TypedNameDeleteDialogProps {
  /** What is deleted, lower case: "backend cluster". */
  entity: string
  /** The item to delete; the dialog is open while this is set. */
  item: { name: string } | null
  /** What deleting it means, shown above the confirmation. */
  consequence: ReactNode
  /**
   * Something that stops the delete (e.g. the item is still in use, or that could not be checked):
   * shown instead of the confirmation, with only a way out. Undefined lets the person confirm.
   */
  blocked?: ReactNode
  onClose: () => void
  /** Called once the exact name was typed and Delete pressed; the dialog closes first. */
  onConfirm: () => void
}

/** Delete only after the exact name is typed: a slip of the mouse must never take anything away. */
export function TypedNameDeleteDialog(props: TypedNameDeleteDialogProps) {
  const titleId = useId()
  return (
    <Dialog
      open={props.item !== null}
      onClose={props.onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      {props.item ? <Confirmation {...props} item={props.item} titleId={titleId} /> : null}
    </Dialog>
  )
}

function Confirmation({
  entity,
  item,
  consequence,
  blocked,
  onClose,
  onConfirm,
  titleId,
}: TypedNameDeleteDialogProps & { item: { name: string }; titleId: string }) {
  const [typed, setTyped] = useState('')
  const inputId = useId()
  const confirmed = typed === item.name && blocked === undefined

  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    if (!confirmed) return
    onClose()
    onConfirm()
  }

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id={titleId}>{`Delete ${entity}?`}</DialogTitle>
      <DialogContent>
        {blocked ?? (
          <>
            <DialogContentText component="div" sx={{ mb: 2 }}>
              {consequence}
            </DialogContentText>
            <TextField
              id={inputId}
              label={`Type ${item.name} to confirm`}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              fullWidth
              autoFocus
              slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
            />
          </>
        )}
      </DialogContent>
      <DialogActions>
        {blocked === undefined ? (
          <>
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" color="error" variant="contained" disabled={!confirmed}>
              Delete
            </Button>
          </>
        ) : (
          <Button onClick={onClose} autoFocus>
            Close
          </Button>
        )}
      </DialogActions>
    </form>
  )
}
