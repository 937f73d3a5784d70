import { useDeferredValue, useMemo } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { ConfigurationPanel } from '../../../components/config-preview/configuration-panel'
import { virtualClusterConfiguration } from '../config-preview/virtual-cluster-configuration'
import { toRequestBody } from './mapping/virtual-cluster-request-mapper'
import type { VirtualClusterFormValues } from './virtual-cluster-form-values'

interface LiveConfigurationPanelProps {
  mode: 'create' | 'edit'
  gatewayId: string
  virtualClusterId?: string
}

/**
 * The configuration panel fed from the form as it is typed. It alone watches every field, so a
 * keystroke re-renders the preview, not the whole form; the deferred value keeps typing responsive.
 */
export function LiveConfigurationPanel({
  mode,
  gatewayId,
  virtualClusterId,
}: LiveConfigurationPanelProps) {
  const { control } = useFormContext<VirtualClusterFormValues>()
  const values = useDeferredValue(useWatch({ control }) as VirtualClusterFormValues)
  const request = useMemo(
    () =>
      virtualClusterConfiguration({
        method: mode === 'create' ? 'POST' : 'PUT',
        gatewayId,
        virtualClusterId,
        body: toRequestBody(mode, values),
      }),
    [mode, gatewayId, virtualClusterId, values],
  )
  return <ConfigurationPanel request={request} />
}
