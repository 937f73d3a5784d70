import AddIcon from '@mui/icons-material/Add'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import Button from '@mui/material/Button'
import FormHelperText from '@mui/material/FormHelperText'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import { useEffect, useRef } from 'react'
import { useFieldArray, useFormContext } from 'react-hook-form'
import { FormSection } from '../../../../components/form/form-section'
import { FormSelect, type SelectOption } from '../../../../components/form/form-select'
import { FormTextField } from '../../../../components/form/form-text-field'
import {
  runtimeReason,
  TOPIC_ALIASES_MIN_RUNTIME,
  type RuntimeSupport,
} from '../virtual-cluster-runtime'
import {
  newTopicAlias,
  type ConflictMode,
  type VirtualClusterFormValues,
} from '../virtual-cluster-form-values'

const CONFLICT_OPTIONS: readonly SelectOption<ConflictMode>[] = [
  {
    value: 'warn',
    label: 'Warn',
    description: 'The alias works; the gateway logs a warning and sets the conflict metric.',
  },
  { value: 'ignore', label: 'Ignore', description: 'The alias works, silently.' },
]

/** Extra names for topics (runtime 1.2); the topic stays reachable under its own name too. */
export function TopicAliasesSection({ runtime }: { runtime: RuntimeSupport }) {
  const { control, formState, getFieldState, setFocus } = useFormContext<VirtualClusterFormValues>()
  const { fields, append, remove } = useFieldArray({ control, name: 'topicAliases' })
  const addButton = useRef<HTMLButtonElement>(null)
  const focusAfter = useRef<{ kind: 'added' } | { kind: 'removed'; at: number } | null>(null)
  useEffect(() => {
    const pending = focusAfter.current
    focusAfter.current = null
    if (pending === null) return
    const next =
      pending.kind === 'added' ? fields.length - 1 : Math.min(pending.at, fields.length - 1)
    if (next >= 0) setFocus(`topicAliases.${next}.alias`)
    else addButton.current?.focus()
  }, [fields.length, setFocus])
  const listError = getFieldState('topicAliases', formState).error
  const listMessage = listError?.root?.message ?? listError?.message
  const reason = runtime.topicAliases
    ? undefined
    : runtimeReason('Topic aliases', TOPIC_ALIASES_MIN_RUNTIME, runtime.version)
  return (
    <FormSection
      title="Topic aliases"
      description="More names for topics: clients can produce, consume and discover a topic under its alias, and still under its own name."
    >
      {fields.map((row, index) => (
        <Paper
          key={row.id}
          variant="outlined"
          role="group"
          aria-label={`Topic alias ${index + 1}`}
          sx={{ p: 1.5 }}
        >
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Stack spacing={1.5} sx={{ flex: 1, minWidth: 0 }}>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
                <FormTextField
                  control={control}
                  name={`topicAliases.${index}.alias`}
                  label="Alias"
                  helperText="The name clients use."
                  required
                  code
                />
                <FormTextField
                  control={control}
                  name={`topicAliases.${index}.topic`}
                  label="Topic"
                  helperText="The topic as this virtual cluster sees it."
                  required
                  code
                />
              </Stack>
              <FormTextField
                control={control}
                name={`topicAliases.${index}.condition`}
                label="Condition"
                placeholder="context.auth.principal.name == 'checkout-web'"
                helperText="A CEL expression on the connection's authentication; empty: every connection."
                code
              />
              <FormSelect
                control={control}
                name={`topicAliases.${index}.conflict`}
                label="When the alias shadows a topic"
                options={CONFLICT_OPTIONS}
              />
            </Stack>
            <IconButton
              aria-label={`Remove topic alias ${index + 1}`}
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
      {listMessage ? (
        <FormHelperText error role="alert">
          {listMessage}
        </FormHelperText>
      ) : null}
      <Stack spacing={0.5}>
        <Button
          ref={addButton}
          startIcon={<AddIcon />}
          disabled={reason !== undefined}
          aria-describedby={reason ? 'topic-aliases-runtime' : undefined}
          onClick={() => {
            focusAfter.current = { kind: 'added' }
            append(newTopicAlias(), { shouldFocus: false })
          }}
          sx={{ alignSelf: 'flex-start' }}
        >
          Add topic alias
        </Button>
        {reason ? <FormHelperText id="topic-aliases-runtime">{reason}</FormHelperText> : null}
      </Stack>
    </FormSection>
  )
}
