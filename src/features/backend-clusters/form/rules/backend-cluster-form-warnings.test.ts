import { describe, expect, it } from 'vitest'
import { formWarnings } from './backend-cluster-form-schema'
import { defaultFormValues } from '../backend-cluster-form-values'

describe('formWarnings', () => {
  it('has nothing to say about a plain anonymous cluster', () => {
    expect(formWarnings({ ...defaultFormValues(), bootstrapServers: ['kafka:9092'] })).toEqual([])
  })

  it('warns about loopback servers, naming them', () => {
    const warnings = formWarnings({
      ...defaultFormValues(),
      bootstrapServers: ['kafka:9092', 'localhost:9092', '[::1]:9093'],
    })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.field).toBe('bootstrapServers')
    expect(warnings[0]?.message).toContain('localhost:9092, [::1]:9093')
    expect(warnings[0]?.message).toContain('The gateway connects to this address, not your browser')
  })

  it('warns about SASL/PLAIN without TLS only', () => {
    const plain = { ...defaultFormValues(), authType: 'sasl_plain' as const }
    expect(formWarnings(plain).map((w) => w.field)).toEqual(['authType'])
    expect(formWarnings(plain)[0]?.message).toMatch(/clear text/)
    expect(formWarnings({ ...plain, tlsEnabled: true })).toEqual([])
    expect(formWarnings({ ...plain, authType: 'sasl_scram_sha256' })).toEqual([])
  })

  it('warns about skipped verification while TLS is on, and about anonymous virtual clusters', () => {
    const fields = formWarnings({
      ...defaultFormValues(),
      tlsEnabled: true,
      tlsSkipVerify: true,
      allowAnonymousVirtualClusterAuth: true,
    }).map((w) => w.field)
    expect(fields).toEqual(['tlsSkipVerify', 'allowAnonymousVirtualClusterAuth'])
    expect(formWarnings({ ...defaultFormValues(), tlsSkipVerify: true })).toEqual([])
  })
})
