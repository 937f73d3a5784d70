import { describe, expect, it } from 'vitest'
import { TEST_EC_PRIVATE_KEY_PEM } from '../../tls/test-certificates'
import {
  createBackendClusterFormSchema,
  formIssueCode,
  STRICTER_THAN_SPEC,
} from './backend-cluster-form-schema'
import type { FormContext } from './backend-cluster-form-schema'
import { defaultFormValues } from '../backend-cluster-form-values'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'

const CREATE: FormContext = { mode: 'create', mtlsSupported: true }
const EDIT: FormContext = { mode: 'edit', mtlsSupported: true }

function valid(overrides: Partial<BackendClusterFormValues> = {}): BackendClusterFormValues {
  return { ...defaultFormValues(), name: 'orders', bootstrapServers: ['kafka:9092'], ...overrides }
}

function errors(values: BackendClusterFormValues, ctx: FormContext = CREATE): string[] {
  const result = createBackendClusterFormSchema(ctx).safeParse(values)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

const MTLS = { tlsEnabled: true, mtlsEnabled: true, clientCertificate: 'CERT' } as const

describe('backend cluster form schema: TLS, interval and labels', () => {
  it('asks for a TLS version only while TLS is on', () => {
    expect(errors(valid({ tlsEnabled: true, tlsVersions: [] }))).toEqual([
      'tlsVersions: Pick at least one TLS version',
    ])
    expect(errors(valid({ tlsEnabled: false, tlsVersions: [] }))).toEqual([])
  })

  it('checks the client identity while TLS is off too, since it is still sent', () => {
    expect(errors(valid({ tlsEnabled: false, mtlsEnabled: true }))).toEqual([
      'clientCertificate: Paste the client certificate',
      'clientKey: Paste the client key',
    ])
    expect(
      errors(valid({ tlsEnabled: false, mtlsEnabled: true, clientKeyStored: true }), EDIT),
    ).toContain(
      'clientKey: Konnect needs the client key again to save (it is never returned); paste it or use a reference',
    )
    const oldRuntime = { mode: 'edit', mtlsSupported: false } as const
    expect(errors(valid({ ...MTLS, tlsEnabled: false, clientKey: 'QUJD' }), oldRuntime)).toEqual([
      'mtlsEnabled: Client certificates need Event Gateway runtime 1.1 or later',
    ])
  })

  it('accepts kept TLS details while TLS is off when mTLS is off', () => {
    expect(
      errors(valid({ tlsEnabled: false, caBundle: 'x', tlsVersions: [], clientKey: 'junk' })),
    ).toEqual([])
  })

  it('requires the client certificate and key for mTLS', () => {
    expect(errors(valid({ tlsEnabled: true, mtlsEnabled: true }))).toEqual([
      'clientCertificate: Paste the client certificate',
      'clientKey: Paste the client key',
    ])
  })

  it('asks for the key again in edit mode even when Konnect stores one', () => {
    expect(errors(valid({ ...MTLS, clientKeyStored: true }), EDIT)).toEqual([
      'clientKey: Konnect needs the client key again to save (it is never returned); paste it or use a reference',
    ])
  })

  it.each([
    ['a PEM key', TEST_EC_PRIVATE_KEY_PEM],
    ['a base64 key', 'LS0tLS1CRUdJTg=='],
    ['a reference', "${vault.env['CLIENT_KEY']}"],
  ])('accepts %s as the client key', (_, clientKey) => {
    expect(errors(valid({ ...MTLS, clientKey }))).toEqual([])
  })

  it('rejects a client key that is neither PEM, base64 nor a reference', () => {
    expect(errors(valid({ ...MTLS, clientKey: 'not a key!' }))).toEqual([
      'clientKey: Paste a PEM private key, its base64 encoding, or a secret reference',
    ])
  })

  it('blocks client certificates on runtimes older than 1.1', () => {
    const ctx = { mode: 'create', mtlsSupported: false } as const
    expect(errors(valid({ ...MTLS, clientKey: 'QUJD' }), ctx)).toEqual([
      'mtlsEnabled: Client certificates need Event Gateway runtime 1.1 or later',
    ])
    expect(errors(valid({ tlsEnabled: true }), ctx)).toEqual([])
  })

  it.each(['', '1', '60', ' 120 ', '43200'])('accepts the interval %j', (interval) => {
    expect(errors(valid({ metadataUpdateIntervalSeconds: interval }))).toEqual([])
  })

  it.each(['0', '43201', '1.5', '-5', 'abc', '1e3'])('rejects the interval %j', (interval) => {
    expect(errors(valid({ metadataUpdateIntervalSeconds: interval }))).toEqual([
      'metadataUpdateIntervalSeconds: Whole seconds from 1 to 43200',
    ])
  })

  it('checks label keys and values row by row', () => {
    const labels = [
      { key: 'env', value: 'prod' },
      { key: '', value: '' },
      { key: 'kong-team', value: 'a' },
      { key: 'env', value: 'b' },
      { key: '', value: 'x' },
      { key: 'k'.repeat(64), value: '-bad' },
      { key: 'tier', value: '' },
      { key: 'Mesh.io', value: 'v'.repeat(64) },
    ]
    expect(errors(valid({ labels }))).toEqual([
      'labels.2.key: Keys can\'t start with "kong"',
      'labels.3.key: Duplicate key env',
      'labels.4.key: Enter a key',
      'labels.5.key: At most 63 characters',
      'labels.5.value: Use letters, digits, - . _; start and end with a letter or digit',
      'labels.6.value: Enter a value',
      'labels.7.key: Keys can\'t start with "mesh"',
      'labels.7.value: At most 63 characters',
    ])
  })

  it('allows 50 labels and no more', () => {
    const rows = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: 'v' }))
    expect(errors(valid({ labels: rows(50) }))).toEqual([])
    expect(errors(valid({ labels: rows(51) }))).toEqual(['labels: At most 50 labels'])
  })

  it('tags each issue with a code and marks the stricter-than-spec ones', () => {
    const result = createBackendClusterFormSchema(CREATE).safeParse(
      valid({ name: '', bootstrapServers: ['h:0'] }),
    )
    const codes = result.success ? [] : result.error.issues.map(formIssueCode)
    expect(codes).toEqual(['name-required', 'server-port-range'])
    expect(STRICTER_THAN_SPEC.has('server-port-range')).toBe(true)
    expect(STRICTER_THAN_SPEC.has('name-required')).toBe(false)
  })
})
