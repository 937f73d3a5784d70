import AddIcon from '@mui/icons-material/Add'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useEffect, useId, useRef } from 'react'
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import { FormSelect, type SelectOption } from '../../../../components/form/form-select'
import { FormTextField } from '../../../../components/form/form-text-field'
import {
  newSelector,
  type ConflictMode,
  type SelectorKind,
  type VirtualClusterFormValues,
} from '../virtual-cluster-form-values'

const KIND_OPTIONS: readonly SelectOption<SelectorKind>[] = [
  { value: 'glob', label: 'Glob pattern' },
  { value: 'exact_list', label: 'Exact names' },
]

const CONFLICT_OPTIONS: readonly SelectOption<ConflictMode>[] = [
  {
    value: 'warn',
    label: 'Warn',
    description: 'Log it, and set the knep_namespace_topic_conflict metric to 1.',
  },
  { value: 'ignore', label: 'Ignore', description: 'Say nothing.' },
]

interface SelectorListFieldProps {
  name: 'namespaceTopics' | 'namespaceConsumerGroups'
  title: string
  description: string
  /** "topic" or "consumer group": how rows and buttons name what they add. */
  noun: string
}

function SelectorRow({
  name,
  index,
  noun,
}: {
  name: SelectorListFieldProps['name']
  index: number
  noun: string
}) {
  const { control } = useFormContext<VirtualClusterFormValues>()
  const kind = useWatch({ control, name: `${name}.${index}.kind` })
  return (
    <Stack spacing={1.5}>
      <FormSelect
        control={control}
        name={`${name}.${index}.kind`}
        label="Match by"
        options={KIND_OPTIONS}
      />
      {kind === 'glob' ? (
        <FormTextField
          control={control}
          name={`${name}.${index}.glob`}
          label="Glob pattern"
          placeholder={noun === 'topic' ? 'operations_data_*' : 'reporting-*'}
          helperText="Letters, digits and . _ - with * and ? as wildcards."
          required
          code
        />
      ) : (
        <FormTextField
          control={control}
          name={`${name}.${index}.exactList`}
          label={noun === 'topic' ? 'Topic names' : 'Consumer group IDs'}
          helperText="One per line."
          multiline
          minRows={2}
          required
          code
        />
      )}
      {name === 'namespaceTopics' ? (
        <FormSelect
          control={control}
          name={`${name}.${index}.conflict`}
          label="When two backend topics map to one name"
          options={CONFLICT_OPTIONS}
        />
      ) : null}
    </Stack>
  )
}

/** Extra topics or consumer groups a namespace exposes although they lack its prefix. */
export function SelectorListField({ name, title, description, noun }: SelectorListFieldProps) {
  const { control, setFocus } = useFormContext<VirtualClusterFormValues>()
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
    if (next >= 0) setFocus(`${name}.${next}.kind`)
    else addButton.current?.focus()
  }, [fields.length, name, setFocus])
  return (
    <Stack
      spacing={1.5}
      component="fieldset"
      aria-labelledby={legendId}
      sx={{ border: 0, p: 0, m: 0 }}
    >
      <Typography id={legendId} component="legend" variant="subtitle2" sx={{ p: 0 }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {description}
      </Typography>
      {fields.map((row, index) => (
        <Paper
          key={row.id}
          variant="outlined"
          role="group"
          aria-label={`${title} ${index + 1}`}
          sx={{ p: 1.5 }}
        >
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Stack sx={{ flex: 1, minWidth: 0 }}>
              <SelectorRow name={name} index={index} noun={noun} />
            </Stack>
            <IconButton
              aria-label={`Remove ${title.toLowerCase()} ${index + 1}`}
              onClick={() => {
                focusAfter.current = { kind: 'removed', at: index }
                remove(index)
              }}
            >
              <DeleteOutlined />
            </IconButton>
          </Stack>
        </Paper>
      ))}
      <Button
        ref={addButton}
        size="small"
        startIcon={<AddIcon />}
        onClick={() => {
          focusAfter.current = { kind: 'added' }
          append(newSelector(), { shouldFocus: false })
        }}
        sx={{ alignSelf: 'flex-start' }}
      >
        Add {noun === 'topic' ? 'topics' : 'consumer groups'}
      </Button>
    </Stack>
  )
}
