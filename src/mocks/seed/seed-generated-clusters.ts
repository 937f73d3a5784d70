// Generated, deterministic clusters for the paging (260) and scale (10,000) gateways.
import type { BackendCluster, BackendClusterAuthentication } from '../../api/api-types'
import { seedCluster } from './seed-cluster'

const TEAMS = [
  'ads',
  'billing',
  'catalog',
  'checkout',
  'clickstream',
  'crm',
  'fulfilment',
  'growth',
  'identity',
  'marketing',
  'pricing',
  'search',
  'support',
]
const STREAMS = [
  'audit',
  'cdc',
  'dlq',
  'enrichment',
  'events',
  'exports',
  'features',
  'ingest',
  'metrics',
  'ml-training',
  'notifications',
  'raw',
  'realtime',
  'replay',
  'reporting',
  'sessions',
  'snapshots',
  'streams',
  'tracking',
  'warehouse',
]
const PERF_SERVICES = ['orders', 'payments', 'inventory', 'search', 'checkout', 'telemetry']
const PERF_REGIONS = ['eu-west-1', 'eu-central-1', 'us-east-1', 'ap-southeast-2']

/** `<first 8 hex of the gateway id>-0000-4000-8000-<index>`: a valid v4-shaped UUID per index. */
function generatedId(gatewayId: string, index: number): string {
  return `${gatewayId.slice(0, 8)}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`
}

function timestamp(start: string, index: number, stepMinutes: number): string {
  return new Date(Date.parse(start) + index * stepMinutes * 60_000).toISOString()
}

/** Rotates through every auth type; passwords are secret references, never plaintext. */
function rotatingAuth(index: number, secretName: string): BackendClusterAuthentication {
  const password = `\${vault.env['${secretName}']}`
  switch (index % 4) {
    case 0:
      return { type: 'anonymous' }
    case 1:
      return { type: 'sasl_plain', username: `svc-${index}`, password }
    case 2:
      return { type: 'sasl_scram', algorithm: 'sha256', username: `svc-${index}`, password }
    default:
      return { type: 'sasl_scram', algorithm: 'sha512', username: `svc-${index}`, password }
  }
}

export interface ClusterRef {
  readonly id: string
  readonly name: string
}

/** Id and name of the generated analytics cluster `<team>-<stream>`, without building any. */
export function analyticsClusterRef(gatewayId: string, team: string, stream: string): ClusterRef {
  const teamIndex = TEAMS.indexOf(team)
  const streamIndex = STREAMS.indexOf(stream)
  if (teamIndex < 0 || streamIndex < 0) throw new Error(`No seeded cluster ${team}-${stream}`)
  return {
    id: generatedId(gatewayId, teamIndex * STREAMS.length + streamIndex),
    name: `${team}-${stream}`,
  }
}

/** The service and region perf-lab's cluster number `index` is named after. */
export function perfLabClusterParts(index: number): { service: string; region: string } {
  return {
    service: PERF_SERVICES[index % PERF_SERVICES.length] ?? 'orders',
    region: PERF_REGIONS[index % PERF_REGIONS.length] ?? 'eu-west-1',
  }
}

/** Id and name of perf-lab's cluster number `index`, without building the 10,000. */
export function perfLabClusterRef(gatewayId: string, index: number): ClusterRef {
  const { service, region } = perfLabClusterParts(index)
  return {
    id: generatedId(gatewayId, index),
    name: `loadtest-${service}-${region}-${String(index).padStart(5, '0')}`,
  }
}

/** 13 teams x 20 streams = 260 clusters, e.g. `clickstream-ingest`. */
export function analyticsClusters(gatewayId: string): BackendCluster[] {
  return TEAMS.flatMap((team, teamIndex) =>
    STREAMS.map((stream, streamIndex) => {
      const index = teamIndex * STREAMS.length + streamIndex
      const host = `${team}.analytics.staging.internal`
      const { id, name } = analyticsClusterRef(gatewayId, team, stream)
      return seedCluster(
        { id, createdAt: timestamp('2025-03-02T08:00:00.000Z', index, 97) },
        {
          name,
          description: index % 3 === 0 ? '' : `${stream} topics of the ${team} team.`,
          authentication: rotatingAuth(index, `${team.toUpperCase()}_KAFKA_PASSWORD`),
          bootstrap_servers: [1, 2].map(
            (n) => `kafka-${n}.${host}:${index % 4 === 0 ? 9092 : 9093}`,
          ),
          tls: { enabled: index % 4 !== 0 },
          labels: { env: 'staging', team },
        },
      )
    }),
  )
}

/** How many clusters perf-lab holds. */
export const PERF_LAB_CLUSTERS = 10_000

/** Perf-lab's cluster number `index`, e.g. `loadtest-payments-eu-west-1-00042`. */
export function perfLabCluster(gatewayId: string, index: number): BackendCluster {
  const { service, region } = perfLabClusterParts(index)
  const { id, name } = perfLabClusterRef(gatewayId, index)
  return seedCluster(
    { id, createdAt: timestamp('2025-04-07T06:00:00.000Z', index, 1) },
    {
      name,
      authentication: rotatingAuth(index, 'PERF_KAFKA_PASSWORD'),
      bootstrap_servers: [`broker-${index % 50}.perf-lab.${region}.internal:9092`],
      tls: { enabled: index % 2 === 0 },
      labels: { env: 'perf', service, shard: String(index % 16) },
    },
  )
}
