// The JSON and HTTP-request views of a body, with plaintext secrets shown as env references.
import { prettyJson } from './pretty-json'
import { redactSecrets, type SecretSlot } from './secret-slots'

export type HttpMethod = 'POST' | 'PUT'

export function renderJson(body: object, slots: readonly SecretSlot[]): string {
  return prettyJson(redactSecrets(body, slots))
}

/** The request as Konnect's docs show it: method and path, then the JSON body. */
export function renderApiRequest(
  request: { method: HttpMethod; path: string; body: object },
  slots: readonly SecretSlot[],
): string {
  return `${request.method} ${request.path}\nContent-Type: application/json\n\n${renderJson(request.body, slots)}\n`
}
