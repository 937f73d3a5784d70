// Where a backend cluster's plaintext secrets sit in a request body, for the previews.
import type { SecretSlot } from '../../../components/config-preview/secret-slots'
import { isSecretReference } from '../../../components/form/vault-reference'
import type { BackendClusterRequestBody } from '../form/mapping/backend-cluster-request-mapper'

export const PASSWORD_SLOT: SecretSlot = {
  path: ['authentication', 'password'],
  envName: 'BACKEND_CLUSTER_PASSWORD',
  terraformVariable: 'backend_cluster_password',
}

export const CLIENT_KEY_SLOT: SecretSlot = {
  path: ['tls', 'client_identity', 'key'],
  envName: 'BACKEND_CLUSTER_CLIENT_KEY',
  terraformVariable: 'backend_cluster_client_key',
}

/** The slots that hold a plaintext (non-reference) secret in this body; an empty value hides nothing. */
export function backendClusterSecretSlots(body: BackendClusterRequestBody): SecretSlot[] {
  const slots: SecretSlot[] = []
  const password =
    body.authentication.type === 'anonymous' ? undefined : body.authentication.password
  if (password && !isSecretReference(password)) slots.push(PASSWORD_SLOT)
  // The generated type says the key is always there; an update body built elsewhere may omit it.
  const key: string | undefined = body.tls.client_identity?.key
  if (key && !isSecretReference(key)) slots.push(CLIENT_KEY_SLOT)
  return slots
}
