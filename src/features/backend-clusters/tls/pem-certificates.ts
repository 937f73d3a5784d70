// Reads the certificates in pasted PEM text, in the browser, so the form can show what was pasted
// (subject, issuer, validity) and catch a private key pasted into a certificate field.
import { isSecretReference } from '../../../components/form/vault-reference'
import { childrenOf, contentOf, DER_TAG, DerError, expectTag, readElement } from './der-reader'
import { decodeTime, formatName } from './x509-name'

export interface ParsedCertificate {
  subject: string
  issuer: string
  notBefore: Date
  notAfter: Date
  expired: boolean
  notYetValid: boolean
  /** Issuer and subject are the same name (a root or a self-made certificate). */
  selfSigned: boolean
}

export type PemProblemKind = 'not-pem' | 'malformed' | 'private-key'

export interface PemProblemDetail {
  kind: PemProblemKind
  message: string
  /** For 'malformed': which certificate block (0-based) could not be read. */
  blockIndex?: number
}

export interface PemParseResult {
  certificates: ParsedCertificate[]
  /** Each kind of problem found, once. */
  problems: PemProblemKind[]
  /** The problems one by one, with a message and the damaged block. */
  problemDetails: PemProblemDetail[]
  /** The text is a secret reference; the gateway resolves it, so there is nothing to read here. */
  reference: boolean
}

const BEGIN_CERTIFICATE = '-----BEGIN CERTIFICATE-----'
const END_CERTIFICATE = '-----END CERTIFICATE-----'
const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/

/**
 * The text between each BEGIN line and the first END line after it. A lazy regex did the same but
 * rescanned the rest of the text from every unclosed BEGIN (quadratic); with no END after a BEGIN
 * there is none after any later one either, so the search stops there.
 */
function certificateBodies(text: string): string[] {
  const bodies: string[] = []
  let begin = text.indexOf(BEGIN_CERTIFICATE)
  while (begin !== -1) {
    const start = begin + BEGIN_CERTIFICATE.length
    const end = text.indexOf(END_CERTIFICATE, start)
    if (end === -1) break
    bodies.push(text.slice(start, end))
    begin = text.indexOf(BEGIN_CERTIFICATE, end + END_CERTIFICATE.length)
  }
  return bodies
}

function decodeBase64(text: string): Uint8Array {
  const compact = text.replace(/\s+/g, '')
  if (compact === '' || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    throw new DerError('the base64 text is damaged')
  }
  return Uint8Array.from(atob(compact), (char) => char.charCodeAt(0))
}

/** One DER-encoded certificate; throws DerError, and only DerError, when it cannot be read. */
export function parseCertificateDer(der: Uint8Array, now: Date): ParsedCertificate {
  const certificate = expectTag(readElement(der, 0), DER_TAG.sequence, 'certificate')
  if (certificate.end !== der.length) throw new DerError('unexpected data after the certificate')
  const [tbs] = childrenOf(der, certificate)
  const fields = childrenOf(der, expectTag(tbs, DER_TAG.sequence, 'certificate body'))
  // Version is an optional [0]; serial number and signature algorithm come before the names.
  const first = fields[0]?.tag === DER_TAG.contextZero ? 1 : 0
  expectTag(fields[first], DER_TAG.integer, 'serial number')
  const issuer = expectTag(fields[first + 2], DER_TAG.sequence, 'issuer')
  const validity = childrenOf(der, expectTag(fields[first + 3], DER_TAG.sequence, 'validity'))
  const subject = expectTag(fields[first + 4], DER_TAG.sequence, 'subject')
  const notBefore = decodeTime(der, validity[0])
  const notAfter = decodeTime(der, validity[1])
  const issuerBytes = contentOf(der, issuer)
  const subjectBytes = contentOf(der, subject)
  return {
    subject: formatName(der, subject),
    issuer: formatName(der, issuer),
    notBefore,
    notAfter,
    expired: now.getTime() > notAfter.getTime(),
    notYetValid: now.getTime() < notBefore.getTime(),
    selfSigned:
      issuerBytes.length === subjectBytes.length &&
      issuerBytes.every((byte, index) => byte === subjectBytes[index]),
  }
}

export function parsePemCertificates(text: string, now: Date = new Date()): PemParseResult {
  const details: PemProblemDetail[] = []
  const certificates = readCertificates(text, now, details)
  return {
    certificates,
    problems: [...new Set(details.map((detail) => detail.kind))],
    problemDetails: details,
    reference: isSecretReference(text.trim()),
  }
}

function readCertificates(
  text: string,
  now: Date,
  problems: PemProblemDetail[],
): ParsedCertificate[] {
  const certificates: ParsedCertificate[] = []
  const trimmed = text.trim()
  if (trimmed === '' || isSecretReference(trimmed)) return certificates
  if (PRIVATE_KEY.test(text)) {
    problems.push({
      kind: 'private-key',
      message: 'This contains a private key. Only certificates belong here; keep the key secret.',
    })
  }
  const blocks = certificateBodies(text)
  blocks.forEach((body, blockIndex) => {
    try {
      certificates.push(parseCertificateDer(decodeBase64(body), now))
    } catch (error) {
      if (!(error instanceof DerError)) throw error
      const which = blocks.length > 1 ? `Certificate ${blockIndex + 1}` : 'The certificate'
      problems.push({
        kind: 'malformed',
        message: `${which} can't be read: ${error.message}`,
        blockIndex,
      })
    }
  })
  const unclosed = text.split(BEGIN_CERTIFICATE).length - 1 > blocks.length
  if (unclosed) {
    problems.push({
      kind: 'malformed',
      message: 'A certificate has no -----END CERTIFICATE----- line',
      blockIndex: blocks.length,
    })
  }
  if (blocks.length === 0 && !unclosed && problems.length === 0) {
    problems.push({
      kind: 'not-pem',
      message:
        'This is not a PEM certificate (-----BEGIN CERTIFICATE----- …) or a secret reference',
    })
  }
  return certificates
}
