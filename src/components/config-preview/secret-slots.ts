// Plaintext secrets never appear in a preview: each view swaps them for something the reader
// supplies (an environment reference, a shell variable, a Terraform variable). Each entity says where
// its plaintext secrets sit in a body; references are not secrets and are shown as written.
import { vaultEnvReference } from '../form/vault-reference'

export interface SecretSlot {
  /** Where the plaintext value sits in the body, as JSON property names (array indexes as text). */
  path: readonly string[]
  /** The environment variable a reader exports it in, e.g. BACKEND_CLUSTER_PASSWORD. */
  envName: string
  /** The sensitive Terraform variable standing for it, e.g. backend_cluster_password. */
  terraformVariable: string
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index])
}

export function secretSlotAt(
  slots: readonly SecretSlot[],
  path: readonly string[],
): SecretSlot | undefined {
  return slots.find((slot) => samePath(slot.path, path))
}

/** A copy with every slot's value replaced by a `${vault.env['…']}` reference. */
export function redactSecrets<Body extends object>(body: Body, slots: readonly SecretSlot[]): Body {
  const copy = structuredClone(body)
  for (const slot of slots) {
    const parentPath = slot.path.slice(0, -1)
    const last = slot.path.at(-1)
    let parent: unknown = copy
    for (const part of parentPath) {
      parent = typeof parent === 'object' && parent !== null ? Reflect.get(parent, part) : undefined
    }
    if (last !== undefined && typeof parent === 'object' && parent !== null) {
      Reflect.set(parent, last, vaultEnvReference(slot.envName))
    }
  }
  return copy
}
