import { describe, expect, it } from 'vitest'
import { LEAF_PEM } from '../../tls/test-certificates'
import { apiCluster } from '../backend-cluster-fixtures.test-support'
import { uniqueCopyName } from '../../../../components/form/unique-copy-name'
import { toDuplicateFormValues } from './backend-cluster-form-from-api'
import { nameIssues } from '../../../../components/form/name-rules'

const REFERENCE = "${vault.env['KAFKA_SECRET']}"

describe('duplicating a backend cluster', () => {
  it('names the copy name-copy, then name-copy-2, … skipping taken names in any case', () => {
    expect(uniqueCopyName('orders', ['orders'])).toBe('orders-copy')
    expect(uniqueCopyName('orders', ['orders', 'Orders-Copy'])).toBe('orders-copy-2')
    expect(uniqueCopyName('orders', ['orders-copy', 'orders-copy-2', 'orders-copy-3'])).toBe(
      'orders-copy-4',
    )
  })

  it('shortens long names to stay within 255 characters and valid', () => {
    // Cut at 250 characters the name would end in a space, which the name pattern forbids.
    const long = `${'a'.repeat(249)} bcdef`
    const copy = uniqueCopyName(long, [])
    expect(copy).toBe(`${'a'.repeat(249)}-copy`)
    expect(nameIssues(copy)).toEqual([])

    const astral = '𝒜'.repeat(255)
    const astralCopy = uniqueCopyName(astral, [`${'𝒜'.repeat(250)}-copy`])
    expect(astralCopy).toBe(`${'𝒜'.repeat(248)}-copy-2`)
    expect(nameIssues(astralCopy)).toEqual([])
  })

  it('clears plaintext secrets and keeps references', () => {
    const plaintext = toDuplicateFormValues(
      apiCluster({
        authentication: { type: 'sasl_plain', username: 'svc' },
        tls: {
          enabled: true,
          insecure_skip_verify: false,
          tls_versions: ['tls12', 'tls13'],
          client_identity: { certificate: LEAF_PEM } as { certificate: string; key: string },
        },
      }),
      ['orders'],
    )
    expect(plaintext).toMatchObject({
      name: 'orders-copy',
      username: 'svc',
      password: '',
      passwordStored: false,
      clientCertificate: LEAF_PEM,
      clientKey: '',
      clientKeyStored: false,
    })

    const referenced = toDuplicateFormValues(
      apiCluster({
        authentication: { type: 'sasl_plain', username: 'svc', password: REFERENCE },
        tls: {
          enabled: true,
          insecure_skip_verify: false,
          tls_versions: ['tls12', 'tls13'],
          client_identity: { certificate: LEAF_PEM, key: REFERENCE },
        },
      }),
      [],
    )
    expect(referenced).toMatchObject({ password: REFERENCE, clientKey: REFERENCE })
  })

  it('keeps description, servers and labels', () => {
    const values = toDuplicateFormValues(
      apiCluster({ description: 'd', bootstrap_servers: ['a:1', 'b:2'], labels: { env: 'prod' } }),
      [],
    )
    expect(values).toMatchObject({
      description: 'd',
      bootstrapServers: ['a:1', 'b:2'],
      labels: [{ key: 'env', value: 'prod' }],
    })
  })
})
