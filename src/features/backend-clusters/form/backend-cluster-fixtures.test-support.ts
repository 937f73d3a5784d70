// Builders for API resources in tests.
import type { BackendCluster } from '../../../api/api-types'

export function apiCluster(overrides: Partial<BackendCluster> = {}): BackendCluster {
  return {
    id: '6f1d9c1e-5b7a-4c47-9d55-0d8f4f3f6a11',
    name: 'orders',
    description: '',
    authentication: { type: 'anonymous' },
    insecure_allow_anonymous_virtual_cluster_auth: false,
    bootstrap_servers: ['kafka:9092'],
    tls: { enabled: false, insecure_skip_verify: false, tls_versions: ['tls12', 'tls13'] },
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    ...overrides,
  }
}
