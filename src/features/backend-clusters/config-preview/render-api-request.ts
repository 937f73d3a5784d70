// The JSON and HTTP-request views of the body, with plaintext secrets shown as env references.
import type {
  BackendClusterRequestBody,
  HttpMethod,
} from '../form/mapping/backend-cluster-request-body'
import { prettyJson } from '../../../components/config-preview/pretty-json'
import { redactSecrets } from './secret-placeholders'

export function renderJson(body: BackendClusterRequestBody): string {
  return prettyJson(redactSecrets(body))
}

/** The request as Konnect's docs show it: method and path, then the JSON body. */
export function renderApiRequest(request: {
  method: HttpMethod
  path: string
  body: BackendClusterRequestBody
}): string {
  return `${request.method} ${request.path}\nContent-Type: application/json\n\n${renderJson(request.body)}\n`
}
