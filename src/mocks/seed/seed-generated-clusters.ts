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

/** 13 teams x 20 streams = 260 clusters, e.g. `clickstream-ingest`. */
export function analyticsClusters(gatewayId: string): BackendCluster[] {
  return TEAMS.flatMap((team, teamIndex) =>
    STREAMS.map((stream, streamIndex) => {
      const index = teamIndex * STREAMS.length + streamIndex
      const host = `${team}.analytics.staging.internal`
      return seedCluster(
        {
          id: generatedId(gatewayId, index),
          createdAt: timestamp('2025-03-02T08:00:00.000Z', index, 97),
        },
        {
          name: `${team}-${stream}`,
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

/** 10,000 clusters, e.g. `loadtest-payments-eu-west-1-00042`. */
export function perfLabClusters(gatewayId: string): BackendCluster[] {
  return Array.from({ length: 10_000 }, (_, index) => {
    const service = PERF_SERVICES[index % PERF_SERVICES.length] ?? 'orders'
    const region = PERF_REGIONS[index % PERF_REGIONS.length] ?? 'eu-west-1'
    return seedCluster(
      {
        id: generatedId(gatewayId, index),
        createdAt: timestamp('2025-04-07T06:00:00.000Z', index, 1),
      },
      {
        name: `loadtest-${service}-${region}-${String(index).padStart(5, '0')}`,
        authentication: rotatingAuth(index, 'PERF_KAFKA_PASSWORD'),
        bootstrap_servers: [`broker-${index % 50}.perf-lab.${region}.internal:9092`],
        tls: { enabled: index % 2 === 0 },
        labels: { env: 'perf', service, shard: String(index % 16) },
      },
    )
  })
}
