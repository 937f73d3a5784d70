import { describe, expect, it } from 'vitest'
import { TEST_EC_PRIVATE_KEY_PEM } from '../../tls/test-certificates'
import { describeClientKey, encodeClientKey } from './backend-cluster-request-mapper'
import { utf8ToBase64 } from './client-key-encoding'

describe('client key encoding', () => {
  it.each([
    [TEST_EC_PRIVATE_KEY_PEM, 'pem'],
    ['-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----', 'pem'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----', 'pem'],
    ['LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0t', 'base64'],
    ['LS0tLS1C\nRUdJTg==', 'base64'],
    ["${vault.env['CLIENT_KEY']}", 'reference'],
    ['secret', 'unknown'],
    ['', 'unknown'],
    ['-----BEGIN CERTIFICATE-----', 'unknown'],
  ] as const)('describes %j as %s', (value, kind) => {
    expect(describeClientKey(value)).toBe(kind)
  })

  it('encodes PEM as base64 of its UTF-8 bytes', () => {
    expect(encodeClientKey(TEST_EC_PRIVATE_KEY_PEM)).toBe(
      Buffer.from(TEST_EC_PRIVATE_KEY_PEM, 'utf8').toString('base64'),
    )
  })

  it('passes base64 and references through unchanged', () => {
    expect(encodeClientKey('QUJD')).toBe('QUJD')
    expect(encodeClientKey("${vault.env['K']}")).toBe("${vault.env['K']}")
  })

  it('is safe for text outside Latin-1', () => {
    expect(utf8ToBase64('Zürich ☃ 𝒜')).toBe(Buffer.from('Zürich ☃ 𝒜', 'utf8').toString('base64'))
  })
})
