import Autocomplete from '@mui/material/Autocomplete'
import CircularProgress from '@mui/material/CircularProgress'
import ListItemText from '@mui/material/ListItemText'
import TextField from '@mui/material/TextField'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ReactNode, type Ref } from 'react'
import type { BackendCluster } from '../api/api-types'
import { backendClusterQueries } from '../api/queries/backend-cluster-queries'
import { useDebouncedValue } from './use-debounced-value'

/** The backend cluster a picker shows as chosen. */
export interface BackendClusterChoice {
  id: string
  name: string
}

interface BackendClusterPickerProps {
  gatewayId: string
  value: BackendClusterChoice | null
  onChange: (cluster: BackendCluster | null) => void
  label: string
  size?: 'small' | 'medium'
  required?: boolean
  error?: boolean
  helperText?: ReactNode
  onBlur?: () => void
  inputRef?: Ref<HTMLInputElement>
  sx?: { minWidth?: number; maxWidth?: number }
}

/** Matches the API's page size for searches; a longer list is narrowed by typing. */
const RESULTS = 100

/**
 * A searchable combobox of a gateway's backend clusters, by name. The API searches once typing
 * pauses (a gateway may hold thousands); until then the loaded ones are narrowed here, so the list
 * never offers what no longer matches. Used by the virtual-cluster form and the list's filter.
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
  const queryClient = useQueryClient()
  const [input, setInput] = useState(value?.name ?? '')
  // The chosen cluster can change from outside (a link, the URL): the box then shows its name.
  const [shown, setShown] = useState(value)
  if (value?.id !== shown?.id || value?.name !== shown?.name) {
    setShown(value)
    setInput(value?.name ?? '')
  }
  const typed = useDebouncedValue(input.trim(), 300)
  // While the box shows the chosen cluster's name, offer every cluster, not only that one.
  const nameContains = typed === '' || typed === value?.name ? undefined : typed
  const { data, isFetching } = useQuery(
    backendClusterQueries.list(gatewayId, { nameContains, pageSize: RESULTS }),
  )
  const clusters = data?.data ?? []
  const byId = new Map<string, BackendCluster>(clusters.map((item) => [item.id, item]))
  const options: BackendClusterChoice[] = clusters.map(({ id, name }) => ({ id, name }))
  if (value && !byId.has(value.id)) options.unshift(value)

  return (
    <Autocomplete<BackendClusterChoice>
      value={value}
      onChange={(_event, choice) => {
        const full = choice ? byId.get(choice.id) : undefined
        // The list already holds the cluster: its detail needs no request of its own.
        if (full) {
          queryClient.setQueryData(backendClusterQueries.detail(gatewayId, full.id).queryKey, full)
        }
        onChange(full ?? null)
      }}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      onBlur={onBlur}
      options={options}
      filterOptions={(found, state) => {
        const text = state.inputValue.trim().toLowerCase()
        if (text === '' || state.inputValue === value?.name) return found
        return found.filter((option) => option.name.toLowerCase().includes(text))
      }}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(option, picked) => option.id === picked.id}
      loading={isFetching}
      noOptionsText={
        typed ? `No backend cluster named like "${typed}"` : 'This gateway has no backend clusters'
      }
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          <ListItemText
            primary={option.name}
            secondary={
              byId.get(option.id)?.insecure_allow_anonymous_virtual_cluster_auth
                ? 'Allows anonymous virtual clusters'
                : undefined
            }
          />
        </li>
      )}
      size={size}
      sx={sx}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          inputRef={inputRef}
          error={error}
          helperText={helperText}
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              'aria-required': required,
              autoComplete: 'off',
              spellCheck: false,
            },
            input: {
              ...params.slotProps.input,
              endAdornment: (
                <>
                  {isFetching ? <CircularProgress color="inherit" size={16} aria-hidden /> : null}
                  {params.slotProps.input.endAdornment}
                </>
              ),
            },
          }}
        />
      )}
    />
  )
}
