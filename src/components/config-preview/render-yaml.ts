// The YAML view of the body (the shape of Konnect's docs and of decK-style files).
import { stringify } from 'yaml'
import type { BackendClusterRequestBody } from '../../features/backend-clusters/form/mapping/backend-cluster-request-body'
import { redactSecrets } from '../../features/backend-clusters/config-preview/secret-placeholders'

export function renderYaml(body: BackendClusterRequestBody): string {
  // No folding: long base64 keys and descriptions stay on one line, PEMs become block scalars.
  return stringify(redactSecrets(body), { lineWidth: 0 })
}
