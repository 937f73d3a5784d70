// A virtual-cluster body as the configuration panel shows it: where it goes, its secrets, its
// Terraform resource.
import { konnectPaths } from '../../../api/konnect-paths'
import type { ConfigurationRequest } from '../../../components/config-preview/configuration-panel'
import type { VirtualClusterRequestBody } from '../form/mapping/virtual-cluster-request-mapper'
import { principalPasswordSlots, virtualClusterSecretSlots } from './virtual-cluster-secrets'

export function virtualClusterConfiguration(config: {
  method: 'POST' | 'PUT'
  gatewayId: string
  /** The virtual cluster the body updates; absent for a create. */
  virtualClusterId?: string
  body: VirtualClusterRequestBody
  /** A saved virtual cluster: the Terraform view adds an import block for it. */
  saved?: boolean
}): ConfigurationRequest {
  const { method, gatewayId, virtualClusterId, body } = config
  return {
    method,
    path: konnectPaths.virtualClusters(gatewayId, virtualClusterId),
    body,
    secrets: virtualClusterSecretSlots(body),
    // The HCL writer is its own chunk, loaded when the Terraform tab first shows.
    terraform: async () => {
      const { renderVirtualClusterTerraform } = await import('./render-virtual-cluster-terraform')
      return renderVirtualClusterTerraform(body, principalPasswordSlots(body), {
        gatewayId,
        resourceName: body.name,
        importId: config.saved ? virtualClusterId : undefined,
      })
    },
  }
}
