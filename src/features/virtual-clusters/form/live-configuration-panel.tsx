import { useMemo } from 'react'
import { useFormContext } from 'react-hook-form'
import { useSettledValues } from '../../../components/form/use-settled-values'
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
 * keystroke re-renders neither the whole form nor, until typing pauses, the preview.
 */
export function LiveConfigurationPanel({
  mode,
  gatewayId,
  virtualClusterId,
}: LiveConfigurationPanelProps) {
  const values = useSettledValues(useFormContext<VirtualClusterFormValues>())
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
