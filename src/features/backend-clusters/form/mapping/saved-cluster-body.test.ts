import { describe, expect, it } from 'vitest'
import type { BackendCluster } from '../../../../api/api-types'
import { validateUpdateBackendCluster } from '../../../../mocks/generated/request-validators.js'
import { renderCurl } from '../../../../components/config-preview/render-curl'
import { backendClusterSecretSlots } from '../../config-preview/backend-cluster-secrets'
import { renderTerraform } from '../../config-preview/render-terraform'
import { renderYaml } from '../../../../components/config-preview/render-yaml'
import { clusterConfigBody, STORED_SECRET_MARKER } from './saved-cluster-body'

const base: BackendCluster = {
  id: '3e383c6c-3829-4064-a28b-ad2b4222bd3d',
  name: 'payments-core',
  description: 'Core ledger',
  bootstrap_servers: ['kafka-1:9093'],
  authentication: { type: 'sasl_scram', algorithm: 'sha512', username: 'svc' },
  insecure_allow_anonymous_virtual_cluster_auth: false,
  tls: {
    enabled: true,
    insecure_skip_verify: false,
    tls_versions: ['tls13'],
    client_identity: {
      certificate: '-----BEGIN CERTIFICATE-----\nAA\n-----END CERTIFICATE-----',
    } as {
      certificate: string
      key: string
    },
  },
  metadata_update_interval_seconds: 120,
  labels: { env: 'prod' },
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-02T00:00:00Z',
}

describe('clusterConfigBody', () => {
  it('keeps every configured field and drops server-made ones', () => {
    const body = clusterConfigBody(base)
    expect(body).not.toHaveProperty('id')
    expect(body).not.toHaveProperty('created_at')
    expect(body).toMatchObject({
      name: 'payments-core',
      description: 'Core ledger',
      metadata_update_interval_seconds: 120,
      labels: { env: 'prod' },
      tls: { enabled: true, tls_versions: ['tls13'] },
    })
    expect(validateUpdateBackendCluster(body)).toBe(true)
  })

  it('marks secrets Konnect keeps but never returns, and keeps references as written', () => {
    const stored = clusterConfigBody(base)
    expect(stored.authentication).toMatchObject({ password: STORED_SECRET_MARKER })
    expect(stored.tls.client_identity?.key).toBe(STORED_SECRET_MARKER)

    const reference = "${vault.env['KAFKA_PASSWORD']}"
    const withReference = clusterConfigBody({
      ...base,
      authentication: { type: 'sasl_plain', username: 'svc', password: reference },
    })
    expect(withReference.authentication).toMatchObject({ password: reference })
  })

  it('renders the stored secrets as placeholders in every format', () => {
    const body = clusterConfigBody(base)
    const slots = backendClusterSecretSlots(body)
    for (const text of [
      renderYaml(body, slots),
      renderCurl({ method: 'PUT', url: 'https://us.api.konghq.com/v1/x', body }, slots),
      renderTerraform(body, slots, { gatewayId: 'g', resourceName: 'payments-core' }),
    ]) {
      expect(text).not.toContain(STORED_SECRET_MARKER)
    }
  })
})
