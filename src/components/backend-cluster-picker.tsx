import Autocomplete from '@mui/material/Autocomplete'
import TextField from '@mui/material/TextField'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useState, type ReactNode, type Ref } from 'react'
import type { BackendCluster } from '../api/api-types'
import { backendClusterQueries } from '../api/queries/backend-cluster-queries'

const SEARCH_DEBOUNCE_MS = 250
const OPTIONS_SHOWN = 20

export type PickedBackendCluster = Pick<
  BackendCluster,
  'id' | 'name' | 'insecure_allow_anonymous_virtual_cluster_auth'
>

interface BackendClusterPickerProps {
  gatewayId: string
  /** The chosen cluster's id, or null for none. */
  value: string | null
  onChange: (cluster: PickedBackendCluster | null) => void
  label: string
  size?: 'small' | 'medium'
  required?: boolean
  error?: boolean
  helperText?: ReactNode
  onBlur?: () => void
  inputRef?: Ref<HTMLInputElement>
  sx?: { minWidth?: number; maxWidth?: number }
}

/**
 * A searchable combobox of a gateway's backend clusters, by name. Searches the API as the person
 * types (a gateway may hold thousands), and names the chosen one even when it is not in the results.
 */
export function BackendClusterPicker({
  gatewayId,
  value,
  onChange,
  label,
  size,
  required,
  error,
  helperText,
  onBlur,
  inputRef,
  sx,
}: BackendClusterPickerProps) {
  const [input, setInput] = useState('')
  const [search, setSearch] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [input])
  const chosen = useQuery({
    ...backendClusterQueries.detail(gatewayId, value ?? ''),
    enabled: value !== null,
  })
  const [open, setOpen] = useState(false)
  const results = useQuery({
    ...backendClusterQueries.list(gatewayId, {
      nameContains: search === chosen.data?.name ? undefined : search || undefined,
      pageSize: OPTIONS_SHOWN,
    }),
    enabled: open,
    placeholderData: keepPreviousData,
  })
  const options: PickedBackendCluster[] = results.data?.data ?? []
  const selected = value === null ? null : (chosen.data ?? { id: value, name: '…' })
  return (
    <Autocomplete<PickedBackendCluster>
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      value={selected}
      options={
        selected && !options.some((o) => o.id === selected.id) ? [selected, ...options] : options
      }
      // The API filters by name; don't filter again.
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(option, picked) => option.id === picked.id}
      loading={results.isFetching}
      noOptionsText={
        search ? `No backend cluster name contains “${search}”` : 'No backend clusters'
      }
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setInput(text)
        if (reason === 'clear' || reason === 'reset') setInput('')
      }}
      onChange={(_event, picked) => onChange(picked)}
      onBlur={onBlur}
      size={size}
      sx={sx}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required={required}
          error={error}
          helperText={helperText}
          inputRef={inputRef}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, autoComplete: 'off', spellCheck: false },
          }}
        />
      )}
    />
  )
}
