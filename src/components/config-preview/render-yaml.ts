// The YAML view of a body (the shape of Konnect's docs and of decK-style files).
import { stringify } from 'yaml'
import { redactSecrets, type SecretSlot } from './secret-slots'

export function renderYaml(body: object, slots: readonly SecretSlot[]): string {
  // No folding: long base64 keys and descriptions stay on one line, PEMs become block scalars.
  return stringify(redactSecrets(body, slots), { lineWidth: 0 })
}
