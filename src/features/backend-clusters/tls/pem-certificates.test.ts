import { describe, expect, it } from 'vitest'
import { parsePemCertificates } from './pem-certificates'
import {
  EXPIRED_PEM,
  LEAF_PEM,
  NOT_YET_VALID_PEM,
  ROOT_CA_PEM,
  TEST_EC_PRIVATE_KEY_PEM,
} from './test-certificates'

const NOW = new Date('2030-06-01T00:00:00Z')

describe('parsePemCertificates', () => {
  it('reads a self-signed CA with GeneralizedTime validity', () => {
    expect(parsePemCertificates(ROOT_CA_PEM, NOW)).toEqual({
      certificates: [
        {
          subject: 'CN=Example Root CA, O=Example Corp, C=DE',
          issuer: 'CN=Example Root CA, O=Example Corp, C=DE',
          notBefore: new Date('2020-01-01T00:00:00Z'),
          notAfter: new Date('2060-01-01T00:00:00Z'),
          expired: false,
          notYetValid: false,
          selfSigned: true,
        },
      ],
      problems: [],
      problemDetails: [],
      reference: false,
    })
  })

  it('reads a v1 leaf with UTF-8 names and UTCTime validity', () => {
    const [leaf] = parsePemCertificates(LEAF_PEM, NOW).certificates
    expect(leaf).toEqual({
      subject: 'CN=kafka.example.com, OU=Streaming, O=Kafka Ops, L=Zürich, C=CH',
      issuer: 'CN=Example Root CA, O=Example Corp, C=DE',
      notBefore: new Date('2024-01-01T00:00:00Z'),
      notAfter: new Date('2049-12-31T23:59:59Z'),
      expired: false,
      notYetValid: false,
      selfSigned: false,
    })
  })

  it('flags expired and not-yet-valid certificates against the given time', () => {
    const [expired] = parsePemCertificates(EXPIRED_PEM, NOW).certificates
    expect(expired).toMatchObject({
      subject: 'CN=expired.example.com, O=Legacy',
      notAfter: new Date('2002-01-01T00:00:00Z'),
      expired: true,
      notYetValid: false,
      selfSigned: true,
    })
    const [future] = parsePemCertificates(NOT_YET_VALID_PEM, NOW).certificates
    expect(future).toMatchObject({
      notBefore: new Date('2090-01-01T00:00:00Z'),
      expired: false,
      notYetValid: true,
    })
    expect(
      parsePemCertificates(EXPIRED_PEM, new Date('2001-06-01Z')).certificates[0]?.expired,
    ).toBe(false)
  })

  it('reads every certificate of a bundle, ignoring text around the blocks', () => {
    const bundle = `Bag Attributes: leaf\n${LEAF_PEM}\r\n\n# root\n${ROOT_CA_PEM.replace(/\n/g, '\r\n')}`
    const result = parsePemCertificates(bundle, NOW)
    expect(result.problems).toEqual([])
    expect(result.certificates.map((c) => c.subject)).toEqual([
      'CN=kafka.example.com, OU=Streaming, O=Kafka Ops, L=Zürich, C=CH',
      'CN=Example Root CA, O=Example Corp, C=DE',
    ])
  })

  it('treats empty text and secret references as nothing to read', () => {
    const nothing = { certificates: [], problems: [], problemDetails: [] }
    expect(parsePemCertificates('  \n')).toEqual({ ...nothing, reference: false })
    expect(parsePemCertificates("${vault.env['CA_BUNDLE']}")).toEqual({
      ...nothing,
      reference: true,
    })
  })

  it('says when the text is not PEM', () => {
    const result = parsePemCertificates('example-ca-bundle')
    expect(result.problems).toEqual(['not-pem'])
    expect(result.certificates).toEqual([])
  })

  it('spots a private key pasted as a certificate', () => {
    const result = parsePemCertificates(TEST_EC_PRIVATE_KEY_PEM)
    expect(result.problems).toEqual(['private-key'])
    const withCertificate = parsePemCertificates(`${LEAF_PEM}${TEST_EC_PRIVATE_KEY_PEM}`, NOW)
    expect(withCertificate.certificates).toHaveLength(1)
    expect(withCertificate.problems).toEqual(['private-key'])
  })

  it.each([
    ['bad base64', LEAF_PEM.replace('MIIB', 'MI!B')],
    ['truncated DER', LEAF_PEM.replace(/\n[^\n]*\n-----END/, '\n-----END')],
    ['not a certificate', '-----BEGIN CERTIFICATE-----\nAgEB\n-----END CERTIFICATE-----'],
    ['empty block', '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----'],
    ['no END line', LEAF_PEM.replace('-----END CERTIFICATE-----', '')],
  ])('reports a malformed certificate (%s) without throwing', (_, text) => {
    const result = parsePemCertificates(text, NOW)
    expect(result.certificates).toEqual([])
    expect(result.problems).toEqual(['malformed'])
  })

  it('says which certificate of a bundle is damaged', () => {
    const result = parsePemCertificates(`${ROOT_CA_PEM}${LEAF_PEM.replace('MIIB', 'MIIC')}`, NOW)
    expect(result.certificates).toHaveLength(1)
    expect(result.problems).toEqual(['malformed'])
    const [detail] = result.problemDetails
    expect(detail?.blockIndex).toBe(1)
    expect(detail?.message).toMatch(/^Certificate 2 can't be read: /)
  })

  it('lists each kind of problem once', () => {
    const damaged = LEAF_PEM.replace('MIIB', 'MI!B')
    const result = parsePemCertificates(`${damaged}${damaged}`, NOW)
    expect(result.problems).toEqual(['malformed'])
    expect(result.problemDetails).toHaveLength(2)
  })

  it('never throws on damaged input', () => {
    const der = atob(LEAF_PEM.replace(/-----[A-Z ]+-----|\s/g, ''))
    for (let i = 0; i < der.length; i += 7) {
      const damaged =
        der.slice(0, i) + String.fromCharCode(der.charCodeAt(i) ^ 0xff) + der.slice(i + 1)
      const pem = `-----BEGIN CERTIFICATE-----\n${btoa(damaged)}\n-----END CERTIFICATE-----`
      expect(() => parsePemCertificates(pem, NOW)).not.toThrow()
    }
  })
})
