import { useMemo } from 'react'
import { useFormContext } from 'react-hook-form'
import { useSettledValues } from '../../../components/form/use-settled-values'
import { ConfigurationPanel } from '../../../components/config-preview/configuration-panel'
import { backendClusterConfiguration } from '../config-preview/backend-cluster-configuration'
import type { BackendClusterFormValues } from './backend-cluster-form-values'
import { toRequestBody } from './mapping/backend-cluster-request-mapper'

interface LiveConfigurationPanelProps {
  mode: 'create' | 'edit'
  gatewayId: string
  clusterId?: string
}

/**
 * The configuration panel fed from the form as it is typed. It alone watches every field, so a
 * keystroke re-renders neither the whole form nor, until typing pauses, the preview.
 */
export function LiveConfigurationPanel({
  mode,
  gatewayId,
  clusterId,
}: LiveConfigurationPanelProps) {
  const values = useSettledValues(useFormContext<BackendClusterFormValues>())
  const request = useMemo(
    () =>
      backendClusterConfiguration({
        method: mode === 'create' ? 'POST' : 'PUT',
        gatewayId,
        clusterId,
        body: toRequestBody(mode, values),
      }),
    [mode, gatewayId, clusterId, values],
  )
  return <ConfigurationPanel request={request} />
}
