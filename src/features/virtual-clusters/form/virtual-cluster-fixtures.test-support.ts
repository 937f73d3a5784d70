// Builders for API resources and form values in tests.
import type { VirtualCluster } from '../../../api/api-types'
import { defaultFormValues, newAuthMethod } from './virtual-cluster-form-values'
import type { AuthMethodValues, VirtualClusterFormValues } from './virtual-cluster-form-values'

export const PAYMENTS_CORE = { id: '3e383c6c-3829-4064-a28b-ad2b4222bd3d', name: 'payments-core' }

export function apiVirtualCluster(overrides: Partial<VirtualCluster> = {}): VirtualCluster {
  return {
    id: '6691cb1e-8471-43d7-b53d-6908460123ba',
    name: 'payments-public',
    description: '',
    destination: PAYMENTS_CORE,
    authentication: [{ type: 'sasl_scram', algorithm: 'sha256' }],
    dns_label: 'payments-public',
    acl_mode: 'passthrough',
    labels: {},
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    ...overrides,
  }
}

/** Valid form values: a name, a DNS label, payments-core, one SCRAM method. */
export function formValues(
  overrides: Partial<VirtualClusterFormValues> = {},
): VirtualClusterFormValues {
  return {
    ...defaultFormValues(),
    name: 'payments-public',
    dnsLabel: 'payments-public',
    destination: PAYMENTS_CORE,
    authentication: [newAuthMethod('sasl_scram')],
    ...overrides,
  }
}

export function method(
  kind: AuthMethodValues['kind'],
  overrides: Partial<AuthMethodValues> = {},
): AuthMethodValues {
  return { ...newAuthMethod(kind), ...overrides }
}
