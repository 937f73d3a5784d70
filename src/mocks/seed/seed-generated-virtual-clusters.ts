// Virtual clusters of the generated gateways: a few per team on analytics-staging, and a handful
// on perf-lab, routed by id and name to generated backend clusters without building them.
import type { VirtualCluster, VirtualClusterAuthentication } from '../../api/api-types'
import {
  analyticsClusterRef,
  perfLabClusterParts,
  perfLabClusterRef,
} from './seed-generated-clusters'
import { seedVirtualCluster } from './seed-virtual-cluster'

/** `<first 8 hex of the gateway id>-0000-4000-9000-<index>`: apart from the backend clusters' ids. */
function generatedVirtualClusterId(gatewayId: string, index: number): string {
  return `${gatewayId.slice(0, 8)}-0000-4000-9000-${index.toString(16).padStart(12, '0')}`
}

const ANALYTICS: {
  name: string
  team: string
  stream: string
  authentication: VirtualClusterAuthentication[]
  prefix?: string
}[] = [
  {
    name: 'analytics-readonly',
    team: 'clickstream',
    stream: 'events',
    authentication: [
      {
        type: 'sasl_plain',
        mediation: 'terminate',
        principals: [
          { username: 'looker', password: "${vault.env['LOOKER_KAFKA_PASSWORD']}" },
          { username: 'notebooks', password: "${vault.env['NOTEBOOKS_KAFKA_PASSWORD']}" },
        ],
      },
    ],
    prefix: 'analytics_',
  },
  {
    name: 'clickstream-public',
    team: 'clickstream',
    stream: 'events',
    authentication: [{ type: 'oauth_bearer', mediation: 'validate_forward' }],
  },
  {
    name: 'ml-feature-store',
    team: 'search',
    stream: 'features',
    authentication: [{ type: 'sasl_scram', algorithm: 'sha512' }],
    prefix: 'features_',
  },
  {
    name: 'marketing-exports',
    team: 'marketing',
    stream: 'exports',
    authentication: [{ type: 'oauth_bearer', mediation: 'passthrough' }],
  },
  {
    name: 'growth-experiments',
    team: 'growth',
    stream: 'realtime',
    authentication: [{ type: 'sasl_plain', mediation: 'passthrough' }],
  },
]

export function analyticsVirtualClusters(gatewayId: string): VirtualCluster[] {
  return ANALYTICS.map((spec, index) =>
    seedVirtualCluster(
      {
        id: generatedVirtualClusterId(gatewayId, index),
        createdAt: new Date(
          Date.parse('2025-03-10T09:00:00.000Z') + index * 86_400_000,
        ).toISOString(),
      },
      {
        name: spec.name,
        destination: analyticsClusterRef(gatewayId, spec.team, spec.stream),
        authentication: spec.authentication,
        ...(spec.prefix !== undefined && {
          namespace: { mode: 'hide_prefix', prefix: spec.prefix },
        }),
        dns_label: spec.name,
        acl_mode: index % 2 === 0 ? 'enforce_on_gateway' : 'passthrough',
        labels: { env: 'staging', team: spec.team },
      },
    ),
  )
}

const PERF_LAB_VIRTUAL_CLUSTERS = 5

/** A handful, each routed to one of the first generated clusters and named after its service. */
export function perfLabVirtualClusters(gatewayId: string): VirtualCluster[] {
  return Array.from({ length: PERF_LAB_VIRTUAL_CLUSTERS }, (_, index) => {
    const { service } = perfLabClusterParts(index)
    return seedVirtualCluster(
      { id: generatedVirtualClusterId(gatewayId, index), createdAt: '2025-04-07T07:00:00.000Z' },
      {
        name: `perf-${service}`,
        destination: perfLabClusterRef(gatewayId, index),
        authentication: [{ type: 'sasl_scram', algorithm: index % 2 === 0 ? 'sha512' : 'sha256' }],
        dns_label: `perf-${service}`,
        acl_mode: 'passthrough',
        labels: { env: 'perf', service },
      },
    )
  })
}
