import Stack from '@mui/material/Stack'
import { useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import { useController, useFormContext } from 'react-hook-form'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'
import {
  bootstrapServerProblem,
  hasSeparator,
  splitAtLastSeparator,
  splitBootstrapInput,
} from '../rules/bootstrap-servers'
import { ChipsTextField } from '../../../../components/form/chips-text-field'
import { collectErrorMessages } from '../../../../components/form/collect-error-messages'
import { FormFieldWarnings } from './form-field-warnings'

/** Chips for host:port entries: Enter, comma, space, paste or leaving the field commits what was typed. */
export function BootstrapServersField() {
  const { control } = useFormContext<BackendClusterFormValues>()
  const { field, fieldState } = useController({ control, name: 'bootstrapServers' })
  const [draft, setDraft] = useState('')
  const [notice, setNotice] = useState<string | null>(null)
  const servers = field.value

  const commit = (text: string) => {
    const entries = splitBootstrapInput(text)
    if (entries.length === 0) return
    const next = [...servers]
    const repeated: string[] = []
    for (const entry of entries) {
      if (next.includes(entry)) repeated.push(entry)
      else next.push(entry)
    }
    setNotice(repeated.length > 0 ? `${repeated.join(', ')} is already in the list` : null)
    if (next.length !== servers.length) field.onChange(next)
  }

  const onInputChange = (value: string) => {
    const { done, rest } = splitAtLastSeparator(value)
    commit(done)
    setDraft(rest)
  }

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text')
    if (!hasSeparator(text.trim())) return
    event.preventDefault()
    commit(`${draft}${text}`)
    setDraft('')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && draft.trim()) {
      // Enter adds the server; it must not submit the form.
      event.preventDefault()
      commit(draft)
      setDraft('')
    }
  }

  const messages = collectErrorMessages(fieldState.error)
  const helper =
    messages.length > 0
      ? messages.join(' · ')
      : (notice ??
        'host:port, for example kafka-1.internal:9092. Press Enter, comma or space to add another.')

  return (
    <Stack spacing={1}>
      <ChipsTextField
        label="Bootstrap servers"
        values={servers}
        draft={draft}
        onDraftChange={onInputChange}
        onRemove={(index) => {
          setNotice(null)
          field.onChange(servers.filter((_server, at) => at !== index))
        }}
        onInputKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => {
          commit(draft)
          setDraft('')
          field.onBlur()
        }}
        inputRef={field.ref}
        error={messages.length > 0}
        helperText={helper}
        isInvalid={(server) => bootstrapServerProblem(server) !== null}
        required
      />
      <FormFieldWarnings field="bootstrapServers" />
    </Stack>
  )
}
