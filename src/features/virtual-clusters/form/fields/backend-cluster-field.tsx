import { useController, useFormContext } from 'react-hook-form'
import { BackendClusterPicker } from '../../../../components/backend-cluster-picker'
import { useDestination } from '../use-destination'
import type { VirtualClusterFormValues } from '../virtual-cluster-form-values'

/** Where the virtual cluster routes its clients: the gateway's backend clusters, searched by name. */
export function BackendClusterField({ gatewayId }: { gatewayId: string }) {
  const { control, formState, trigger } = useFormContext<VirtualClusterFormValues>()
  const { field, fieldState } = useController({ control, name: 'destination' })
  // Loads the chosen cluster, which the anonymous-access rule reads.
  const { cluster } = useDestination(gatewayId, control)
  const help =
    fieldState.error?.message ??
    (cluster?.insecure_allow_anonymous_virtual_cluster_auth
      ? 'Where this virtual cluster sends its traffic. It allows anonymous virtual clusters.'
      : 'Where this virtual cluster sends its traffic. Type to search by name.')
  return (
    <BackendClusterPicker
      gatewayId={gatewayId}
      label="Backend cluster"
      required
      value={field.value}
      onChange={(choice) => {
        field.onChange(choice ? { id: choice.id, name: choice.name } : null)
        if (formState.isSubmitted) void trigger()
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={Boolean(fieldState.error)}
      helperText={help}
    />
  )
}
