import AddIcon from '@mui/icons-material/Add'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import Button from '@mui/material/Button'
import FormHelperText from '@mui/material/FormHelperText'
import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useEffect, useRef } from 'react'
import { Controller, useFieldArray, useFormContext } from 'react-hook-form'
import { MAX_LABELS, type LabelRow } from './label-rules'
import { textFieldProps } from './text-field-props'

/** The form values this editor works on: a top-level `labels` list, in every form that has labels. */
interface WithLabels {
  labels: LabelRow[]
}

/** Key/value rows for `labels`; works in any form whose values have a `labels` list of rows. */
export function LabelsField() {
  const { control, formState, setFocus } = useFormContext<WithLabels>()
  const { fields, append, remove } = useFieldArray({ control, name: 'labels' })
  const addButton = useRef<HTMLButtonElement>(null)
  const removedIndex = useRef<number | null>(null)
  useEffect(() => {
    // The removed row took the focus with it: move on to the row that took its place, or back out.
    if (removedIndex.current === null) return
    const next = Math.min(removedIndex.current, fields.length - 1)
    removedIndex.current = null
    if (next >= 0) setFocus(`labels.${next}.key`)
    else addButton.current?.focus()
  }, [fields.length, setFocus])
  const listError = formState.errors.labels?.root?.message ?? formState.errors.labels?.message
  return (
    <Stack spacing={1.5} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="body1" sx={{ fontWeight: 500, p: 0 }}>
        Labels
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Key/value metadata for filtering and search. Keys can&apos;t start with kong, konnect, mesh,
        kic or _.
      </Typography>
      {fields.map((row, index) => (
        <Stack
          key={row.id}
          role="group"
          aria-label={`Label ${index + 1}`}
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ alignItems: { sm: 'flex-start' } }}
        >
          <Controller
            control={control}
            name={`labels.${index}.key`}
            render={({ field, fieldState }) => (
              <TextField
                {...textFieldProps(field)}
                label="Key"
                size="small"
                fullWidth
                error={Boolean(fieldState.error)}
                helperText={fieldState.error?.message ?? ' '}
                slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
              />
            )}
          />
          <Controller
            control={control}
            name={`labels.${index}.value`}
            render={({ field, fieldState }) => (
              <TextField
                {...textFieldProps(field)}
                label="Value"
                size="small"
                fullWidth
                error={Boolean(fieldState.error)}
                helperText={fieldState.error?.message ?? ' '}
                slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
              />
            )}
          />
          <IconButton
            aria-label={`Remove label ${index + 1}`}
            onClick={() => {
              removedIndex.current = index
              remove(index)
            }}
            sx={{ mt: { sm: 0.5 } }}
          >
            <DeleteOutlined />
          </IconButton>
        </Stack>
      ))}
      {listError ? <FormHelperText error>{listError}</FormHelperText> : null}
      <Button
        ref={addButton}
        startIcon={<AddIcon />}
        onClick={() => append({ key: '', value: '' })}
        disabled={fields.length >= MAX_LABELS}
        sx={{ alignSelf: 'flex-start' }}
      >
        Add label
      </Button>
    </Stack>
  )
}
