// Plaintext secrets never appear in a preview: each view swaps them for something the reader supplies
// (an environment reference, a shell variable, a Terraform variable). References are shown as written.
import { isSecretReference, vaultEnvReference } from '../../../components/form/vault-reference'
import type { BackendClusterRequestBody } from '../form/mapping/backend-cluster-request-body'

export type SecretSlot = 'password' | 'clientKey'

export const SECRET_ENV_NAMES: Readonly<Record<SecretSlot, string>> = {
  password: 'BACKEND_CLUSTER_PASSWORD',
  clientKey: 'BACKEND_CLUSTER_CLIENT_KEY',
}

/** Where each secret sits in the body, as JSON property paths. */
export const SECRET_PATHS: Readonly<Record<SecretSlot, readonly string[]>> = {
  password: ['authentication', 'password'],
  clientKey: ['tls', 'client_identity', 'key'],
}

/** The slots that hold a plaintext (non-reference) secret in this body; an empty value hides nothing. */
export function plaintextSecretSlots(body: BackendClusterRequestBody): SecretSlot[] {
  const slots: SecretSlot[] = []
  const password =
    body.authentication.type === 'anonymous' ? undefined : body.authentication.password
  if (password && !isSecretReference(password)) slots.push('password')
  // The generated type says the key is always there; an update body built elsewhere may omit it.
  const key: string | undefined = body.tls.client_identity?.key
  if (key && !isSecretReference(key)) slots.push('clientKey')
  return slots
}

/** The slot whose value sits at `path`, when that value is a plaintext secret. */
export function plaintextSecretAt(
  body: BackendClusterRequestBody,
  path: readonly string[],
): SecretSlot | undefined {
  return plaintextSecretSlots(body).find((slot) => {
    const secretPath = SECRET_PATHS[slot]
    return secretPath.length === path.length && secretPath.every((part, i) => part === path[i])
  })
}

/** A copy with plaintext secrets replaced by `${vault.env['BACKEND_CLUSTER_…']}` references. */
export function redactSecrets(body: BackendClusterRequestBody): BackendClusterRequestBody {
  const copy = structuredClone(body)
  const slots = plaintextSecretSlots(body)
  if (slots.includes('password') && copy.authentication.type !== 'anonymous') {
    copy.authentication.password = vaultEnvReference(SECRET_ENV_NAMES.password)
  }
  if (slots.includes('clientKey') && copy.tls.client_identity) {
    copy.tls.client_identity.key = vaultEnvReference(SECRET_ENV_NAMES.clientKey)
  }
  return copy
}
