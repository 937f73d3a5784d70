// The body as a `konnect_event_gateway_backend_cluster` resource of the `konnect` provider (the
// event-gateway resources are GA there), in the shape of Konnect's docs. Plaintext secrets become
// sensitive variables; references are kept literal.
import { hclAttributes } from '../../../components/config-preview/hcl-writer'
import type { HclObject } from '../../../components/config-preview/hcl-writer'
import type { SecretSlot } from '../../../components/config-preview/secret-slots'
import {
  terraformDocument,
  terraformSecret,
  type TerraformResourceOptions,
} from '../../../components/config-preview/terraform-document'
import type { BackendClusterRequestBody } from '../form/mapping/backend-cluster-request-mapper'
import { CLIENT_KEY_SLOT, PASSWORD_SLOT } from './backend-cluster-secrets'

function authentication(body: BackendClusterRequestBody, slots: readonly SecretSlot[]): HclObject {
  const auth = body.authentication
  if (auth.type === 'anonymous') return { anonymous: {} }
  const credentials: HclObject = {
    ...(auth.type === 'sasl_scram' ? { algorithm: auth.algorithm } : {}),
    password:
      auth.password === undefined
        ? undefined
        : terraformSecret(auth.password, PASSWORD_SLOT, slots),
    username: auth.username,
  }
  return { [auth.type]: credentials }
}

function tls(body: BackendClusterRequestBody, slots: readonly SecretSlot[]): HclObject {
  const { ca_bundle, client_identity, enabled, insecure_skip_verify, tls_versions } = body.tls
  return {
    ca_bundle,
    client_identity: client_identity && {
      certificate: client_identity.certificate,
      key: terraformSecret(client_identity.key, CLIENT_KEY_SLOT, slots),
    },
    enabled,
    insecure_skip_verify,
    tls_versions,
  }
}

export function renderTerraform(
  body: BackendClusterRequestBody,
  slots: readonly SecretSlot[],
  options: TerraformResourceOptions,
): string {
  const attributes: HclObject = {
    authentication: authentication(body, slots),
    bootstrap_servers: body.bootstrap_servers,
    description: body.description,
    gateway_id: options.gatewayId,
    insecure_allow_anonymous_virtual_cluster_auth:
      body.insecure_allow_anonymous_virtual_cluster_auth,
    labels: body.labels,
    metadata_update_interval_seconds: body.metadata_update_interval_seconds,
    name: body.name,
    tls: tls(body, slots),
  }
  return terraformDocument({
    resourceType: 'konnect_event_gateway_backend_cluster',
    attributes: hclAttributes(attributes, '  '),
    slots,
    options,
  })
}
