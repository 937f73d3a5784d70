import { describe, expect, it } from 'vitest'
import type { BackendCluster, UpdateBackendClusterRequest } from '../../../../api/api-types'
import { LEAF_PEM, ROOT_CA_PEM } from '../../tls/test-certificates'
import { apiCluster } from '../backend-cluster-fixtures.test-support'
import { hasHiddenSecrets, toFormValues } from './backend-cluster-form-from-api'
import { toUpdateRequest } from './backend-cluster-request-mapper'

const REFERENCE = "${vault.env['KAFKA_SECRET']}"

/** The fields a client can write: everything but the read-only id and timestamps. */
function writable(cluster: BackendCluster): Partial<UpdateBackendClusterRequest> {
  return Object.fromEntries(
    Object.entries(cluster).filter(([key]) => !['id', 'created_at', 'updated_at'].includes(key)),
  )
}

describe('toFormValues', () => {
  it('marks a plaintext password the API did not return as stored', () => {
    const values = toFormValues(
      apiCluster({ authentication: { type: 'sasl_scram', algorithm: 'sha512', username: 'svc' } }),
    )
    expect(values).toMatchObject({
      authType: 'sasl_scram_sha512',
      username: 'svc',
      password: '',
      passwordStored: true,
    })
  })

  it('shows a referenced password as written, not as stored', () => {
    const values = toFormValues(
      apiCluster({ authentication: { type: 'sasl_plain', username: 'svc', password: REFERENCE } }),
    )
    expect(values).toMatchObject({
      authType: 'sasl_plain',
      password: REFERENCE,
      passwordStored: false,
    })
  })

  it('marks a plaintext client key the API did not return as stored', () => {
    const cluster = apiCluster({
      tls: {
        enabled: true,
        insecure_skip_verify: false,
        tls_versions: ['tls12', 'tls13'],
        // The API leaves a plaintext key out of its answers.
        client_identity: { certificate: LEAF_PEM } as { certificate: string; key: string },
      },
    })
    expect(toFormValues(cluster)).toMatchObject({
      mtlsEnabled: true,
      clientCertificate: LEAF_PEM,
      clientKey: '',
      clientKeyStored: true,
    })
  })

  it('reads the interval, labels and TLS settings', () => {
    const values = toFormValues(
      apiCluster({
        metadata_update_interval_seconds: 300,
        labels: { env: 'prod', team: 'data' },
        tls: {
          enabled: true,
          insecure_skip_verify: true,
          ca_bundle: ROOT_CA_PEM,
          tls_versions: ['tls13'],
        },
      }),
    )
    expect(values).toMatchObject({
      metadataUpdateIntervalSeconds: '300',
      labels: [
        { key: 'env', value: 'prod' },
        { key: 'team', value: 'data' },
      ],
      tlsEnabled: true,
      tlsSkipVerify: true,
      caBundle: ROOT_CA_PEM,
      tlsVersions: ['tls13'],
      mtlsEnabled: false,
    })
  })

  it('round-trips a fully configured cluster through toUpdateRequest', () => {
    const cluster = apiCluster({
      name: 'Zürich orders',
      description: 'Main cluster',
      authentication: {
        type: 'sasl_scram',
        algorithm: 'sha256',
        username: 'svc',
        password: REFERENCE,
      },
      insecure_allow_anonymous_virtual_cluster_auth: true,
      bootstrap_servers: ['a:9092', '[fe80::1]:9093'],
      tls: {
        enabled: true,
        insecure_skip_verify: false,
        ca_bundle: ROOT_CA_PEM,
        tls_versions: ['tls12'],
        client_identity: { certificate: LEAF_PEM, key: REFERENCE },
      },
      metadata_update_interval_seconds: 43200,
      labels: { env: 'prod' },
    })
    expect(toUpdateRequest(toFormValues(cluster))).toStrictEqual(writable(cluster))
  })

  it('keeps a stored password on update by leaving it out', () => {
    const cluster = apiCluster({ authentication: { type: 'sasl_plain', username: 'svc' } })
    expect(toUpdateRequest(toFormValues(cluster)).authentication).toStrictEqual({
      type: 'sasl_plain',
      username: 'svc',
    })
  })

  it('keeps TLS details stored under a disabled TLS when only the description changes', () => {
    const cluster = apiCluster({
      authentication: { type: 'sasl_plain', username: 'svc', password: REFERENCE },
      tls: {
        enabled: false,
        insecure_skip_verify: true,
        ca_bundle: REFERENCE,
        tls_versions: ['tls13'],
        client_identity: { certificate: LEAF_PEM, key: REFERENCE },
      },
    })
    const values = { ...toFormValues(cluster), description: 'Now with a description' }
    expect(toUpdateRequest(values)).toStrictEqual({
      ...writable(cluster),
      description: 'Now with a description',
    })
  })

  it('keeps a username with spaces at its ends as returned', () => {
    const cluster = apiCluster({
      authentication: { type: 'sasl_plain', username: ' svc', password: REFERENCE },
    })
    expect(toFormValues(cluster).username).toBe(' svc')
    expect(toUpdateRequest(toFormValues(cluster)).authentication).toMatchObject({
      username: ' svc',
    })
  })

  it('keeps a plaintext secret a faulty response carries out of the form, treating it as stored', () => {
    const cluster = apiCluster({
      authentication: { type: 'sasl_plain', username: 'svc', password: 'hunter2' },
      tls: {
        enabled: true,
        client_identity: { certificate: LEAF_PEM, key: 'LS0tLS1CRUdJTg==' },
      },
    })
    const values = toFormValues(cluster)
    expect(values).toMatchObject({
      password: '',
      passwordStored: true,
      clientKey: '',
      clientKeyStored: true,
    })
    expect(JSON.stringify(values)).not.toMatch(/hunter2|LS0tLS1CRUdJTg/)
    // The stored password is kept by leaving it out of the PUT.
    expect(toUpdateRequest(values).authentication).toStrictEqual({
      type: 'sasl_plain',
      username: 'svc',
    })
  })

  it('applies the spec defaults when a response leaves defaulted fields out', () => {
    const sparse = JSON.parse(
      JSON.stringify({
        id: '6f1d9c1e-5b7a-4c47-9d55-0d8f4f3f6a11',
        name: 'orders',
        authentication: { type: 'anonymous' },
        bootstrap_servers: ['kafka:9092'],
        tls: { enabled: true },
        created_at: '2025-01-01T00:00:00Z',
        updated_at: '2025-01-01T00:00:00Z',
      }),
    ) as BackendCluster
    expect(toFormValues(sparse)).toMatchObject({
      description: '',
      allowAnonymousVirtualClusterAuth: false,
      tlsSkipVerify: false,
      tlsVersions: ['tls12', 'tls13'],
      metadataUpdateIntervalSeconds: '60',
      labels: [],
    })
  })
})

describe('hasHiddenSecrets', () => {
  it('reports nothing hidden for anonymous authentication without a client identity', () => {
    expect(hasHiddenSecrets(apiCluster())).toEqual({ password: false, clientKey: false })
  })

  it('reports a password or key left out of the response as hidden', () => {
    const cluster = apiCluster({
      authentication: { type: 'sasl_scram', algorithm: 'sha256', username: 'svc' },
      tls: {
        enabled: false,
        client_identity: { certificate: LEAF_PEM } as { certificate: string; key: string },
      },
    })
    expect(hasHiddenSecrets(cluster)).toEqual({ password: true, clientKey: true })
  })

  it('reports references as shown, and plaintext a response should not carry as hidden', () => {
    const referenced = apiCluster({
      authentication: { type: 'sasl_plain', username: 'svc', password: REFERENCE },
      tls: { enabled: true, client_identity: { certificate: LEAF_PEM, key: REFERENCE } },
    })
    expect(hasHiddenSecrets(referenced)).toEqual({ password: false, clientKey: false })
    const leaked = apiCluster({
      authentication: { type: 'sasl_plain', username: 'svc', password: 'hunter2' },
      tls: { enabled: true, client_identity: { certificate: LEAF_PEM, key: '${}' } },
    })
    expect(hasHiddenSecrets(leaked)).toEqual({ password: true, clientKey: true })
  })
})
