// Where a virtual cluster's plaintext secrets sit in a request body, for the previews: each
// principal's password, named after its username so a reader knows which to export.
import type { SecretSlot } from '../../../components/config-preview/secret-slots'
import { isSecretReference } from '../../../components/form/vault-reference'
import type { VirtualClusterRequestBody } from '../form/mapping/virtual-cluster-request-mapper'

const PREFIX = 'VIRTUAL_CLUSTER_PRINCIPAL_'

/** Letters and digits of a username in upper case, runs of anything else one `_`. */
function sanitize(username: string): string {
  return username
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

export interface PrincipalPasswordSlot extends SecretSlot {
  /** Whether the body carries a plaintext password here (false: left out, Konnect keeps it). */
  inBody: boolean
}

/**
 * A slot for every principal password that is not a reference, in body order: plaintext ones and,
 * for Terraform, those the body leaves out (Konnect keeps them, Terraform still needs them). Names
 * are unique: a second `svc` becomes `…_SVC_2_PASSWORD`; a username with nothing usable falls back
 * to the principal's place (`…_1_2_PASSWORD`).
 */
export function principalPasswordSlots(body: VirtualClusterRequestBody): PrincipalPasswordSlot[] {
  const slots: PrincipalPasswordSlot[] = []
  const used = new Set<string>()
  body.authentication.forEach((method, methodIndex) => {
    if (method.type !== 'sasl_plain') return
    method.principals?.forEach((principal, principalIndex) => {
      const password: string | undefined = principal.password
      if (password !== undefined && (password === '' || isSecretReference(password))) return
      const base = sanitize(principal.username) || `${methodIndex + 1}_${principalIndex + 1}`
      let stem = base
      for (let n = 2; used.has(stem); n += 1) stem = `${base}_${n}`
      used.add(stem)
      const envName = `${PREFIX}${stem}_PASSWORD`
      slots.push({
        path: [
          'authentication',
          String(methodIndex),
          'principals',
          String(principalIndex),
          'password',
        ],
        envName,
        terraformVariable: envName.toLowerCase(),
        inBody: password !== undefined,
      })
    })
  })
  return slots
}

/** The slots that hold a plaintext password in this body: what JSON, YAML and curl replace. */
export function virtualClusterSecretSlots(body: VirtualClusterRequestBody): SecretSlot[] {
  return principalPasswordSlots(body)
    .filter((slot) => slot.inBody)
    .map(({ path, envName, terraformVariable }) => ({ path, envName, terraformVariable }))
}
