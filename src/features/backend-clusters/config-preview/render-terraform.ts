// The body as a `konnect_event_gateway_backend_cluster` resource (konnect-beta provider), in the shape
// of Konnect's docs. Plaintext secrets become sensitive variables; references are kept literal.
import type { BackendClusterRequestBody } from '../form/mapping/backend-cluster-request-body'
import { hclAttributes, hclRaw, hclString } from '../../../components/config-preview/hcl-writer'
import type { HclObject, HclValue } from '../../../components/config-preview/hcl-writer'
import { plaintextSecretSlots } from './secret-placeholders'
import type { SecretSlot } from './secret-placeholders'

export const TERRAFORM_SECRET_VARIABLES: Readonly<Record<SecretSlot, string>> = {
  password: 'backend_cluster_password',
  clientKey: 'backend_cluster_client_key',
}

/** A Terraform resource name from any text: letters, digits, `_` and `-`, starting with a letter or `_`. */
export function terraformResourceName(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '')
  if (cleaned === '') return 'backend_cluster'
  return /^[a-z_]/.test(cleaned) ? cleaned : `_${cleaned}`
}

function secretValue(value: string, slot: SecretSlot, plaintext: readonly SecretSlot[]): HclValue {
  return plaintext.includes(slot) ? hclRaw(`var.${TERRAFORM_SECRET_VARIABLES[slot]}`) : value
}

function authentication(
  body: BackendClusterRequestBody,
  plaintext: readonly SecretSlot[],
): HclObject {
  const auth = body.authentication
  if (auth.type === 'anonymous') return { anonymous: {} }
  const credentials: HclObject = {
    ...(auth.type === 'sasl_scram' ? { algorithm: auth.algorithm } : {}),
    password:
      auth.password === undefined ? undefined : secretValue(auth.password, 'password', plaintext),
    username: auth.username,
  }
  return { [auth.type]: credentials }
}

function tls(body: BackendClusterRequestBody, plaintext: readonly SecretSlot[]): HclObject {
  const { ca_bundle, client_identity, enabled, insecure_skip_verify, tls_versions } = body.tls
  return {
    ca_bundle,
    client_identity: client_identity && {
      certificate: client_identity.certificate,
      key: secretValue(client_identity.key, 'clientKey', plaintext),
    },
    enabled,
    insecure_skip_verify,
    tls_versions,
  }
}

function variableBlock(name: string): string {
  return `variable ${hclString(name)} {\n  type      = string\n  sensitive = true\n}\n`
}

export function renderTerraform(
  body: BackendClusterRequestBody,
  options: { gatewayId: string; resourceName: string },
): string {
  const plaintext = plaintextSecretSlots(body)
  const attributes: HclObject = {
    authentication: authentication(body, plaintext),
    bootstrap_servers: body.bootstrap_servers,
    description: body.description,
    gateway_id: options.gatewayId,
    insecure_allow_anonymous_virtual_cluster_auth:
      body.insecure_allow_anonymous_virtual_cluster_auth,
    labels: body.labels,
    metadata_update_interval_seconds: body.metadata_update_interval_seconds,
    name: body.name,
    tls: tls(body, plaintext),
  }
  const resource = [
    `resource "konnect_event_gateway_backend_cluster" ${hclString(terraformResourceName(options.resourceName))} {`,
    '  provider = konnect-beta',
    '',
    ...hclAttributes(attributes, '  '),
    '}',
    '',
  ].join('\n')
  const variables = plaintext.map((slot) => variableBlock(TERRAFORM_SECRET_VARIABLES[slot]))
  return [...variables, resource].join('\n')
}
