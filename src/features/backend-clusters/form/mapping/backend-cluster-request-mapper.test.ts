import { describe, expect, it } from 'vitest'
import { LEAF_PEM, ROOT_CA_PEM, TEST_EC_PRIVATE_KEY_PEM } from '../../tls/test-certificates'
import { defaultFormValues } from '../backend-cluster-form-values'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'
import { toCreateRequest, toUpdateRequest } from './backend-cluster-request-mapper'

const SEED_BODY =
  '{"name":"example-backend-cluster","bootstrap_servers":["host:9092"],"authentication":{"type":"anonymous"},"insecure_allow_anonymous_virtual_cluster_auth":true,"tls":{"enabled":false,"insecure_skip_verify":false}}'

function form(overrides: Partial<BackendClusterFormValues> = {}): BackendClusterFormValues {
  return { ...defaultFormValues(), name: 'orders', bootstrapServers: ['kafka:9092'], ...overrides }
}

describe('toCreateRequest', () => {
  it('builds the documented example body, key for key', () => {
    const body = toCreateRequest(
      form({
        name: 'example-backend-cluster',
        bootstrapServers: ['host:9092'],
        allowAnonymousVirtualClusterAuth: true,
      }),
    )
    expect(body).toStrictEqual(JSON.parse(SEED_BODY))
    expect(JSON.stringify(body)).toBe(SEED_BODY)
  })

  it('orders and fills every field when all are set', () => {
    const body = toCreateRequest(
      form({
        name: '  orders  ',
        description: 'Main cluster',
        bootstrapServers: [' a:9092 ', '', '[fe80::1]:9093'],
        authType: 'sasl_scram_sha512',
        username: 'svc',
        password: ' p@ss ',
        tlsEnabled: true,
        tlsSkipVerify: true,
        caBundle: ROOT_CA_PEM,
        tlsVersions: ['tls13'],
        mtlsEnabled: true,
        clientCertificate: LEAF_PEM,
        clientKey: "${vault.env['KEY']}",
        metadataUpdateIntervalSeconds: ' 300 ',
        labels: [
          { key: 'env', value: 'prod' },
          { key: '', value: '' },
        ],
      }),
    )
    expect(Object.keys(body)).toEqual([
      'name',
      'description',
      'bootstrap_servers',
      'authentication',
      'insecure_allow_anonymous_virtual_cluster_auth',
      'tls',
      'metadata_update_interval_seconds',
      'labels',
    ])
    expect(body).toStrictEqual({
      name: 'orders',
      description: 'Main cluster',
      bootstrap_servers: ['a:9092', '[fe80::1]:9093'],
      authentication: {
        type: 'sasl_scram',
        algorithm: 'sha512',
        username: 'svc',
        password: ' p@ss ',
      },
      insecure_allow_anonymous_virtual_cluster_auth: false,
      tls: {
        enabled: true,
        insecure_skip_verify: true,
        ca_bundle: ROOT_CA_PEM,
        tls_versions: ['tls13'],
        client_identity: { certificate: LEAF_PEM, key: "${vault.env['KEY']}" },
      },
      metadata_update_interval_seconds: 300,
      labels: { env: 'prod' },
    })
    expect(Object.keys(body.tls)).toEqual([
      'enabled',
      'insecure_skip_verify',
      'ca_bundle',
      'tls_versions',
      'client_identity',
    ])
  })

  it.each([
    ['sasl_plain', { type: 'sasl_plain', username: 'u', password: 'p' }],
    [
      'sasl_scram_sha256',
      { type: 'sasl_scram', algorithm: 'sha256', username: 'u', password: 'p' },
    ],
  ] as const)('maps %s authentication', (authType, expected) => {
    const body = toCreateRequest(form({ authType, username: 'u', password: 'p' }))
    expect(body.authentication).toStrictEqual(expected)
  })

  it('sends the TLS details that hold a value while TLS is off, so switching TLS off deletes nothing', () => {
    const body = toCreateRequest(
      form({
        tlsEnabled: false,
        tlsSkipVerify: true,
        caBundle: ROOT_CA_PEM,
        tlsVersions: ['tls13'],
        mtlsEnabled: true,
        clientCertificate: LEAF_PEM,
        clientKey: "${vault.env['KEY']}",
      }),
    )
    expect(body.tls).toStrictEqual({
      enabled: false,
      insecure_skip_verify: true,
      ca_bundle: ROOT_CA_PEM,
      tls_versions: ['tls13'],
      client_identity: { certificate: LEAF_PEM, key: "${vault.env['KEY']}" },
    })
  })

  it('leaves out empty TLS details while TLS is off, and an empty version choice too', () => {
    const body = toCreateRequest(
      form({ tlsEnabled: false, caBundle: '', tlsVersions: [], mtlsEnabled: false }),
    )
    expect(body.tls).toStrictEqual({ enabled: false, insecure_skip_verify: false })
  })

  it('sends an empty version choice while TLS is on, where the schema stops it', () => {
    expect(toCreateRequest(form({ tlsEnabled: true, tlsVersions: [] })).tls).toStrictEqual({
      enabled: true,
      insecure_skip_verify: false,
      tls_versions: [],
    })
  })

  it('sends the username exactly as typed, spaces included', () => {
    const body = toCreateRequest(form({ authType: 'sasl_plain', username: ' svc ', password: 'p' }))
    expect(body.authentication).toStrictEqual({
      type: 'sasl_plain',
      username: ' svc ',
      password: 'p',
    })
  })

  it('leaves out defaults: both TLS versions, interval 60 or empty, empty description and labels', () => {
    for (const metadataUpdateIntervalSeconds of ['', '60', '060']) {
      const body = toCreateRequest(
        form({ tlsEnabled: true, tlsVersions: ['tls13', 'tls12'], metadataUpdateIntervalSeconds }),
      )
      expect(body).toStrictEqual({
        name: 'orders',
        bootstrap_servers: ['kafka:9092'],
        authentication: { type: 'anonymous' },
        insecure_allow_anonymous_virtual_cluster_auth: false,
        tls: { enabled: true, insecure_skip_verify: false },
      })
    }
  })

  it('encodes a PEM client key to base64 and keeps its exact bytes', () => {
    const body = toCreateRequest(
      form({
        tlsEnabled: true,
        mtlsEnabled: true,
        clientCertificate: LEAF_PEM,
        clientKey: TEST_EC_PRIVATE_KEY_PEM,
      }),
    )
    const key = body.tls.client_identity?.key ?? ''
    expect(key).toMatch(/^[A-Za-z0-9+/]+={0,2}$/)
    expect(Buffer.from(key, 'base64').toString('utf8')).toBe(TEST_EC_PRIVATE_KEY_PEM)
  })
})

describe('toUpdateRequest', () => {
  const sasl = form({ authType: 'sasl_plain', username: 'u', password: '', passwordStored: true })

  it('leaves the password out to keep the stored one', () => {
    expect(toUpdateRequest(sasl).authentication).toStrictEqual({
      type: 'sasl_plain',
      username: 'u',
    })
  })

  it('sends a newly typed password over a stored one', () => {
    expect(toUpdateRequest({ ...sasl, password: 'new' }).authentication).toStrictEqual({
      type: 'sasl_plain',
      username: 'u',
      password: 'new',
    })
  })

  it('builds the same body as create otherwise', () => {
    const values = form({
      authType: 'sasl_scram_sha256',
      username: 'u',
      password: 'p',
      description: 'd',
    })
    expect(toUpdateRequest(values)).toStrictEqual(toCreateRequest(values))
  })
})
