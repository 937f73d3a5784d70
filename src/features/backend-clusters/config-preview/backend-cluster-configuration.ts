// A backend-cluster body as the configuration panel shows it: where it goes, its secrets, its
// Terraform resource.
import { konnectPaths } from '../../../api/konnect-paths'
import type { ConfigurationRequest } from '../../../components/config-preview/configuration-panel'
import type { BackendClusterRequestBody } from '../form/mapping/backend-cluster-request-mapper'
import { backendClusterSecretSlots } from './backend-cluster-secrets'

export function backendClusterConfiguration(config: {
  method: 'POST' | 'PUT'
  gatewayId: string
  /** The cluster the body updates; absent for a create. */
  clusterId?: string
  body: BackendClusterRequestBody
  /** A saved cluster: the Terraform view adds an import block for it. */
  saved?: boolean
}): ConfigurationRequest {
  const { method, gatewayId, clusterId, body } = config
  const secrets = backendClusterSecretSlots(body)
  return {
    method,
    path: konnectPaths.backendClusters(gatewayId, clusterId),
    body,
    secrets,
    // The HCL writer is its own chunk, loaded when the Terraform tab first shows.
    terraform: async () => {
      const { renderTerraform } = await import('./render-terraform')
      return renderTerraform(body, secrets, {
        gatewayId,
        resourceName: body.name,
        importId: config.saved ? clusterId : undefined,
      })
    },
  }
}
