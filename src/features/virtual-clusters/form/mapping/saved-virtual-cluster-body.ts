// A saved virtual cluster as a request body: what the detail page shows and what an edit is
// compared with.
import type {
  UpdateVirtualClusterRequest,
  VirtualCluster,
  VirtualClusterAuthentication,
} from '../../../../api/api-types'
import { STORED_SECRET_MARKER } from '../../../../components/review/stored-secret'
import type { VirtualClusterRequestBody } from './virtual-cluster-request-mapper'

export { STORED_SECRET_MARKER }

type SaslPlain = Extract<VirtualClusterAuthentication, { type: 'sasl_plain' }>

/**
 * The virtual cluster as an update body: everything the API returned except server-made fields, the
 * destination by id, and STORED_SECRET_MARKER for each principal password Konnect keeps hidden.
 */
export function savedVirtualClusterBody(
  virtualCluster: VirtualCluster,
): UpdateVirtualClusterRequest {
  const { namespace, topic_aliases: aliases, labels } = virtualCluster
  return {
    name: virtualCluster.name,
    ...(virtualCluster.description ? { description: virtualCluster.description } : {}),
    destination: { id: virtualCluster.destination.id },
    authentication: virtualCluster.authentication.map((method) =>
      method.type === 'sasl_plain' && method.principals
        ? {
            ...method,
            principals: method.principals.map(({ username, password }) => ({
              username,
              password: password ?? STORED_SECRET_MARKER,
            })),
          }
        : method,
    ),
    ...(namespace ? { namespace } : {}),
    ...(aliases && aliases.length > 0 ? { topic_aliases: aliases } : {}),
    acl_mode: virtualCluster.acl_mode,
    dns_label: virtualCluster.dns_label,
    ...(labels && Object.keys(labels).length > 0 ? { labels: { ...labels } } : {}),
  }
}

/** A principal a PUT sends without its password, by its method's place and its own. */
export interface LeftOutPassword {
  /** The method's index in `authentication`. */
  method: number
  /** The principal's index in that method's `principals`. */
  position: number
  username: string
  /**
   * What Konnect keeps: the password it holds for that username in the SASL/PLAIN method of the
   * same rank (STORED_SECRET_MARKER when hidden); undefined when it holds none.
   */
  kept: string | undefined
}

/** Every principal of `body` sent without a password, with what Konnect keeps for it. */
export function leftOutPasswords(
  body: VirtualClusterRequestBody,
  current: VirtualCluster,
): LeftOutPassword[] {
  const stored = current.authentication.filter(
    (method): method is SaslPlain => method.type === 'sasl_plain',
  )
  let rank = 0
  return body.authentication.flatMap((method, index) => {
    if (method.type !== 'sasl_plain') return []
    const principals = stored[rank]?.principals ?? []
    rank += 1
    return (method.principals ?? []).flatMap(({ username, password }, position) => {
      if (password !== undefined) return []
      const kept = principals.find((candidate) => candidate.username === username)
      return [
        {
          method: index,
          position,
          username,
          kept: kept ? (kept.password ?? STORED_SECRET_MARKER) : undefined,
        },
      ]
    })
  })
}

/**
 * The body as Konnect will hold it after the PUT: a principal sent without a password keeps the one
 * Konnect holds for that username in the SASL/PLAIN method of the same rank, so for comparing it
 * stands as that stored (hidden) password, not as "removed".
 */
export function withKeptPasswords(
  body: VirtualClusterRequestBody,
  current: VirtualCluster,
): UpdateVirtualClusterRequest {
  const kept = new Map(
    leftOutPasswords(body, current).map((left) => [`${left.method}.${left.position}`, left.kept]),
  )
  return {
    ...body,
    authentication: body.authentication.map((method, index) =>
      method.type === 'sasl_plain' && method.principals
        ? {
            ...method,
            principals: method.principals.map((principal, position) => {
              const password = kept.get(`${index}.${position}`)
              return password === undefined ? principal : { ...principal, password }
            }),
          }
        : method,
    ),
  }
}
