import { describe, expect, it } from 'vitest'
import { createBackendClusterFormSchema } from './backend-cluster-form-schema'
import type { FormContext } from './backend-cluster-form-schema'
import { defaultFormValues } from '../backend-cluster-form-values'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'

const CREATE: FormContext = { mode: 'create', mtlsSupported: true }
const EDIT: FormContext = { mode: 'edit', mtlsSupported: true }

function valid(overrides: Partial<BackendClusterFormValues> = {}): BackendClusterFormValues {
  return { ...defaultFormValues(), name: 'orders', bootstrapServers: ['kafka:9092'], ...overrides }
}

/** Every error as "path: message". */
function errors(values: BackendClusterFormValues, ctx: FormContext = CREATE): string[] {
  const result = createBackendClusterFormSchema(ctx).safeParse(values)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('backend cluster form schema', () => {
  it('accepts a minimal valid form and returns the values unchanged', () => {
    const values = valid()
    const result = createBackendClusterFormSchema(CREATE).safeParse(values)
    expect(result.success && result.data).toEqual(values)
  })

  it.each([
    ['', 'name: Enter a name'],
    ['   ', 'name: Enter a name'],
    ['a', 'name: Use at least 2 characters'],
    [
      '-ab',
      "name: Use letters, digits, spaces and _ - . : / + '; start and end with a letter or digit",
    ],
    [
      'ab-',
      "name: Use letters, digits, spaces and _ - . : / + '; start and end with a letter or digit",
    ],
    [
      'a!b',
      "name: Use letters, digits, spaces and _ - . : / + '; start and end with a letter or digit",
    ],
    ['a'.repeat(256), 'name: At most 255 characters'],
  ])('rejects the name %j', (name, message) => {
    expect(errors(valid({ name }))).toEqual([message])
  })

  it.each([
    'ab',
    'Zürich Kafka',
    "o'neil/cluster+1:a_b.c",
    '東京-クラスタ',
    'a'.repeat(255),
    ' padded ',
  ])('accepts the name %j', (name) => {
    expect(errors(valid({ name }))).toEqual([])
  })

  it('counts name length in characters, so 255 astral letters fit', () => {
    expect(errors(valid({ name: '𝒜'.repeat(255) }))).toEqual([])
    expect(errors(valid({ name: '𝒜'.repeat(256) }))).toEqual(['name: At most 255 characters'])
  })

  it('limits the description to 512 characters', () => {
    expect(errors(valid({ description: 'x'.repeat(512) }))).toEqual([])
    expect(errors(valid({ description: 'x'.repeat(513) }))).toEqual([
      'description: At most 512 characters',
    ])
  })

  it('requires at least one non-blank bootstrap server', () => {
    expect(errors(valid({ bootstrapServers: [] }))).toEqual([
      'bootstrapServers: Add at least one bootstrap server',
    ])
    expect(errors(valid({ bootstrapServers: ['  ', ''] }))).toEqual([
      'bootstrapServers: Add at least one bootstrap server',
    ])
  })

  it('names the server in each server problem', () => {
    expect(
      errors(valid({ bootstrapServers: ['host:x', 'host:0', 'a:9092', 'A:9092', 'b:65536'] })),
    ).toEqual([
      'bootstrapServers: host:x is not host:port',
      'bootstrapServers: Port must be 1–65535 in host:0',
      'bootstrapServers: A:9092 is listed twice',
      'bootstrapServers: Port must be 1–65535 in b:65536',
    ])
  })

  it('accepts IPv6 servers in brackets and the port range edges', () => {
    expect(
      errors(valid({ bootstrapServers: ['[::1]:9092', '[fe80::1]:9093', 'h:1', 'h:65535'] })),
    ).toEqual([])
  })

  describe('authentication', () => {
    it('requires username and password for SASL', () => {
      expect(errors(valid({ authType: 'sasl_plain' }))).toEqual([
        'username: Enter a username',
        'password: Enter a password',
      ])
      expect(errors(valid({ authType: 'sasl_scram_sha512', username: '  ' }))).toContain(
        'username: Enter a username',
      )
    })

    it('keeps a stored password in edit mode when the box is left empty', () => {
      const values = valid({ authType: 'sasl_scram_sha256', username: 'u', passwordStored: true })
      expect(errors(values, EDIT)).toEqual([])
      expect(errors({ ...values, passwordStored: false }, EDIT)).toEqual([
        'password: Enter a password',
      ])
      // "Stored" means nothing for a cluster that does not exist yet.
      expect(errors(values, CREATE)).toEqual(['password: Enter a password'])
    })

    it('flags spaces at the ends of a username instead of trimming them', () => {
      const sasl = { authType: 'sasl_plain', password: 'p' } as const
      expect(errors(valid({ ...sasl, username: ' svc' }))).toEqual([
        'username: Remove the spaces at the start or end',
      ])
      expect(errors(valid({ ...sasl, username: 'svc\t' }))).toEqual([
        'username: Remove the spaces at the start or end',
      ])
      expect(errors(valid({ ...sasl, username: 'svc user' }))).toEqual([])
    })

    it('accepts a whitespace-only password because secrets are never trimmed', () => {
      expect(errors(valid({ authType: 'sasl_plain', username: 'u', password: '  ' }))).toEqual([])
    })

    it('ignores credentials for anonymous authentication', () => {
      expect(errors(valid({ authType: 'anonymous', username: '', password: '' }))).toEqual([])
    })
  })

  describe('secret expressions', () => {
    const plain = { authType: 'sasl_plain' as const, username: 'svc', password: 'pw' }
    const mtls = { mtlsEnabled: true, clientCertificate: 'PEM', clientKey: 'S0VZ' }

    it.each([
      ['password', { ...plain, password: "${env['KAFKA_PASSWORD']}" }],
      ['username', { ...plain, username: '${user}' }],
      ['caBundle', { caBundle: '${vault.aws.ca}' }],
      ['clientCertificate', { ...mtls, clientCertificate: '${cert}' }],
      ['clientKey', { ...mtls, clientKey: '${key}' }],
    ] as const)('refuses an expression other than a vault reference in %s', (field, overrides) => {
      const found = errors(valid(overrides)).filter((error) => error.startsWith(`${field}:`))
      expect(found).toHaveLength(1)
      expect(found[0]).toMatch(/vault/)
    })

    it('shows the vault form of a bare environment reference', () => {
      expect(errors(valid({ ...plain, password: "${env['KAFKA_PASSWORD']}" }))).toEqual([
        "password: Environment variables are read through the vault: write ${vault.env['KAFKA_PASSWORD']}",
      ])
    })

    it('accepts vault references in every secret field', () => {
      const ref = (name: string) => `\${vault.env['${name}']}`
      expect(
        errors(
          valid({
            ...plain,
            username: ref('USER'),
            password: ref('PASSWORD'),
            caBundle: ref('CA'),
            ...mtls,
            clientCertificate: ref('CERT'),
            clientKey: ref('KEY'),
          }),
        ),
      ).toEqual([])
    })
  })
})
