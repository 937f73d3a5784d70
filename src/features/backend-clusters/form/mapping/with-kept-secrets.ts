import type { BackendCluster } from '../../../../api/api-types'
import type { BackendClusterRequestBody } from './backend-cluster-request-body'
import { STORED_SECRET_MARKER } from './cluster-config-body'

/**
 * The body as Konnect will hold it after the PUT: a password the body leaves out is kept by Konnect,
 * so for comparing it stands as the stored (hidden) one, not as "removed".
 */
export function withKeptSecrets(
  body: BackendClusterRequestBody,
  current: BackendCluster,
): BackendClusterRequestBody {
  const auth = body.authentication
  const hadPassword = current.authentication.type !== 'anonymous'
  if (auth.type === 'anonymous' || auth.password !== undefined || !hadPassword) return body
  const kept =
    current.authentication.type === 'anonymous' ? undefined : current.authentication.password
  return { ...body, authentication: { ...auth, password: kept ?? STORED_SECRET_MARKER } }
}
