import Autocomplete from '@mui/material/Autocomplete'
import CircularProgress from '@mui/material/CircularProgress'
import ListItemText from '@mui/material/ListItemText'
import TextField from '@mui/material/TextField'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useController, useFormContext } from 'react-hook-form'
import { backendClusterQueries } from '../../../../api/queries/backend-cluster-queries'
import type { BackendCluster } from '../../../../api/api-types'
import { useDebouncedValue } from '../../../../components/use-debounced-value'
import { useDestination } from '../use-destination'
import type { VirtualClusterFormValues } from '../virtual-cluster-form-values'

type Choice = NonNullable<VirtualClusterFormValues['destination']>

/**
 * A searchable combobox of the gateway's backend clusters by name. The search runs on the server,
 * so a gateway with thousands of clusters lists the first 100 matches of what is typed.
 */
export function BackendClusterField({ gatewayId }: { gatewayId: string }) {
  const { control, formState, trigger } = useFormContext<VirtualClusterFormValues>()
  const { field, fieldState } = useController({ control, name: 'destination' })
  const queryClient = useQueryClient()
  // Loads the chosen cluster, which the anonymous-access rule reads.
  const { cluster } = useDestination(gatewayId, control)
  const [input, setInput] = useState(field.value?.name ?? '')
  const typed = useDebouncedValue(input.trim(), 300)
  // While the box shows the chosen cluster's name, offer every cluster, not only that one.
  const nameContains = typed === '' || typed === field.value?.name ? undefined : typed
  const { data, isFetching } = useQuery(
    backendClusterQueries.list(gatewayId, { nameContains, pageSize: 100 }),
  )
  const clusters = data?.data ?? []
  const byId = new Map<string, BackendCluster>(clusters.map((item) => [item.id, item]))
  const options: Choice[] = clusters.map(({ id, name }) => ({ id, name }))
  const help =
    fieldState.error?.message ??
    (cluster?.insecure_allow_anonymous_virtual_cluster_auth
      ? 'Where this virtual cluster sends its traffic. It allows anonymous virtual clusters.'
      : 'Where this virtual cluster sends its traffic. Type to search by name.')

  return (
    <Autocomplete<Choice>
      value={field.value}
      onChange={(_event, choice) => {
        const full = choice ? byId.get(choice.id) : undefined
        // The list already holds the cluster: the detail (and the anonymous rule) need no request.
        if (full)
          queryClient.setQueryData(backendClusterQueries.detail(gatewayId, full.id).queryKey, full)
        field.onChange(choice ? { id: choice.id, name: choice.name } : null)
        if (formState.isSubmitted) void trigger()
      }}
      inputValue={input}
      onInputChange={(_event, value) => setInput(value)}
      onBlur={field.onBlur}
      options={options}
      // The server searches once typing pauses; until then the loaded clusters are narrowed here,
      // so the list never offers what no longer matches.
      filterOptions={(found, state) => {
        const text = state.inputValue.trim().toLowerCase()
        if (text === '' || state.inputValue === field.value?.name) return found
        return found.filter((option) => option.name.toLowerCase().includes(text))
      }}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(option, value) => option.id === value.id}
      loading={isFetching}
      noOptionsText={
        typed ? `No backend cluster named like "${typed}"` : 'This gateway has no backend clusters'
      }
      renderOption={({ key, ...props }, option) => {
        const full = byId.get(option.id)
        return (
          <li key={key} {...props}>
            <ListItemText
              primary={option.name}
              secondary={
                full?.insecure_allow_anonymous_virtual_cluster_auth
                  ? 'Allows anonymous virtual clusters'
                  : undefined
              }
            />
          </li>
        )
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Backend cluster"
          inputRef={field.ref}
          error={Boolean(fieldState.error)}
          helperText={help}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'aria-required': true, spellCheck: false },
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
