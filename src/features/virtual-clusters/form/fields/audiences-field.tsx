import AddIcon from '@mui/icons-material/Add'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useEffect, useId, useRef } from 'react'
import { useFieldArray, useFormContext } from 'react-hook-form'
import { FormTextField } from '../../../../components/form/form-text-field'
import type { VirtualClusterFormValues } from '../virtual-cluster-form-values'

/** The audiences a token may name; one of them must match its `aud` claim. */
export function AudiencesField({ index }: { index: number }) {
  const { control, setFocus } = useFormContext<VirtualClusterFormValues>()
  const name = `authentication.${index}.audiences` as const
  const { fields, append, remove } = useFieldArray({ control, name })
  const addButton = useRef<HTMLButtonElement>(null)
  const focusAfter = useRef<{ kind: 'added' } | { kind: 'removed'; at: number } | null>(null)
  const legendId = useId()
  useEffect(() => {
    const pending = focusAfter.current
    focusAfter.current = null
    if (pending === null) return
    const next =
      pending.kind === 'added' ? fields.length - 1 : Math.min(pending.at, fields.length - 1)
    if (next >= 0) setFocus(`${name}.${next}.name`)
    else addButton.current?.focus()
  }, [fields.length, name, setFocus])
  return (
    <Stack
      spacing={1}
      component="fieldset"
      aria-labelledby={legendId}
      sx={{ border: 0, p: 0, m: 0 }}
    >
      <Typography id={legendId} component="legend" variant="subtitle2" sx={{ p: 0 }}>
        Audiences
      </Typography>
      <Typography variant="body2" color="text.secondary">
        A token must name one of them in its aud claim. None: any audience.
      </Typography>
      {fields.map((row, position) => (
        <Stack key={row.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <FormTextField
            control={control}
            name={`${name}.${position}.name`}
            label={`Audience ${position + 1}`}
            size="small"
            required
            code
          />
          <IconButton
            aria-label={`Remove audience ${position + 1}`}
            onClick={() => {
              focusAfter.current = { kind: 'removed', at: position }
              remove(position)
            }}
          >
            <DeleteOutlined />
          </IconButton>
        </Stack>
      ))}
      <Button
        ref={addButton}
        size="small"
        startIcon={<AddIcon />}
        onClick={() => {
          focusAfter.current = { kind: 'added' }
          append({ name: '' }, { shouldFocus: false })
        }}
        sx={{ alignSelf: 'flex-start' }}
      >
        Add audience
      </Button>
    </Stack>
  )
}
