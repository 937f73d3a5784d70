import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useCallback, useId, useRef, useState } from 'react'
import { RelativeTime } from '../relative-time'
import type { FieldChange } from './diff-request-bodies'

export interface ReviewRequest {
  changes: FieldChange[]
  /** Stored secrets the save leaves out, so Konnect keeps them: "Method 1 (SASL/PLAIN) · password of svc". */
  kept?: string[]
  /** Set when the cluster changed on the server since the form loaded. */
  concurrent?: { updatedAt: string; changes: FieldChange[] }
}

function ChangesTable({ changes, label }: { changes: FieldChange[]; label: string }) {
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>Field</TableCell>
          <TableCell>Before</TableCell>
          <TableCell>After</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((change) => (
          <TableRow key={change.path}>
            <TableCell component="th" scope="row">
              {change.label}
            </TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>
              {change.before ?? <em>not set</em>}
            </TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>
              {change.after ?? <em>not set</em>}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

/** Promise-based: `review(request)` opens the dialog and resolves true only when the person saves. */
export function useReviewChanges() {
  const [request, setRequest] = useState<ReviewRequest | null>(null)
  const resolver = useRef<((save: boolean) => void) | null>(null)
  const close = (save: boolean) => {
    resolver.current?.(save)
    resolver.current = null
    setRequest(null)
  }
  const review = useCallback(
    (next: ReviewRequest) =>
      new Promise<boolean>((resolve) => {
        resolver.current = resolve
        setRequest(next)
      }),
    [],
  )
  const keptId = useId()
  const nothing = request !== null && request.changes.length === 0
  const kept = nothing ? [] : (request?.kept ?? [])
  const dialog = (
    <Dialog
      open={request !== null}
      onClose={() => close(false)}
      aria-labelledby="review-title"
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="review-title">{nothing ? 'Nothing to save' : 'Review changes'}</DialogTitle>
      <DialogContent>
        {request?.concurrent ? (
          <Alert severity="warning" sx={{ mb: 2 }}>
            <AlertTitle>Someone else changed this cluster</AlertTitle>
            It was updated <RelativeTime iso={request.concurrent.updatedAt} /> since you opened it
            (by someone else, or by an earlier save of yours that did not answer in time). Saving
            replaces those changes with yours.
            {request.concurrent.changes.length > 0 ? (
              <ChangesTable
                changes={request.concurrent.changes}
                label="Changes made by someone else"
              />
            ) : null}
          </Alert>
        ) : null}
        {nothing ? (
          <Typography>The configuration would stay exactly as it is.</Typography>
        ) : (
          <ChangesTable changes={request?.changes ?? []} label="Your changes" />
        )}
        {kept.length > 0 ? (
          <>
            <Typography id={keptId} variant="subtitle2" component="h3" sx={{ mt: 2 }}>
              Kept as stored
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Not sent: Konnect keeps the value it holds for each.
            </Typography>
            <ul aria-labelledby={keptId} style={{ margin: 0, paddingLeft: 18 }}>
              {kept.map((item) => (
                <li key={item}>
                  <Typography variant="body2">{item}</Typography>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close(false)} autoFocus={nothing}>
          {nothing ? 'Close' : 'Keep editing'}
        </Button>
        {nothing ? null : (
          <Button
            variant="contained"
            color={request?.concurrent ? 'warning' : 'primary'}
            onClick={() => close(true)}
          >
            {request?.concurrent ? 'Save anyway' : 'Save changes'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  )
  return { dialog, review }
}
