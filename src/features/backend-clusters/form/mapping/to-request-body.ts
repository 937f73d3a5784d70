import type { BackendClusterFormValues } from '../backend-cluster-form-values'
import { toCreateRequest, toUpdateRequest } from './backend-cluster-request-mapper'

export type SaveBody = ReturnType<typeof toCreateRequest> | ReturnType<typeof toUpdateRequest>

/** The body a save sends: POST on create, the full PUT replacement on edit. */
export function toRequestBody(mode: 'create' | 'edit', values: BackendClusterFormValues): SaveBody {
  return mode === 'create' ? toCreateRequest(values) : toUpdateRequest(values)
}
