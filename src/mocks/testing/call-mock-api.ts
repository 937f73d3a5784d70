// Test helpers: raw calls to the mock API (so tests can read status, headers and the exact JSON text)
// and valid request bodies to vary.
import type { CreateBackendClusterRequest, CreateVirtualClusterRequest } from '../../api/api-types'
import { SEED_CLUSTERS } from '../seed/seed-curated-ids'

export const MOCK_API = 'http://localhost/api/konnect'

export interface RawAnswer {
  status: number
  contentType: string | null
  text: string
  /** Parsed JSON, or null for an empty body. */
  json: unknown
}

export async function callMockApi(
  path: string,
  init: { method?: string; body?: unknown; rawBody?: string } = {},
): Promise<RawAnswer> {
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body))
  const response = await fetch(`${MOCK_API}${path}`, {
    method: init.method ?? 'GET',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    ...(body !== undefined && { body }),
  })
  const text = await response.text()
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    json: text === '' ? null : (JSON.parse(text) as unknown),
  }
}

export function clustersPath(gatewayId: string, clusterId?: string): string {
  const base = `/event-gateways/${gatewayId}/backend-clusters`
  return clusterId === undefined ? base : `${base}/${clusterId}`
}

/** A minimal valid create body; tests spread their changes over it. */
export function validClusterBody(
  overrides: Partial<Record<keyof CreateBackendClusterRequest, unknown>> = {},
): Record<string, unknown> {
  return {
    name: 'checkout-events',
    authentication: {
      type: 'sasl_scram',
      algorithm: 'sha512',
      username: 'checkout',
      password: 'pw-1',
    },
    bootstrap_servers: ['kafka-1.checkout.prod.internal:9093'],
    tls: { enabled: true },
    ...overrides,
  }
}

export function virtualClustersPath(gatewayId: string, virtualClusterId?: string): string {
  const base = `/event-gateways/${gatewayId}/virtual-clusters`
  return virtualClusterId === undefined ? base : `${base}/${virtualClusterId}`
}

/** A minimal valid virtual cluster create body for payments-prod; tests spread their changes over it. */
export function validVirtualClusterBody(
  overrides: Partial<Record<keyof CreateVirtualClusterRequest, unknown>> = {},
): Record<string, unknown> {
  return {
    name: 'checkout-events',
    destination: { id: SEED_CLUSTERS.paymentsCore.id },
    authentication: [{ type: 'sasl_scram', algorithm: 'sha512' }],
    dns_label: 'checkout-events',
    acl_mode: 'passthrough',
    ...overrides,
  }
}
