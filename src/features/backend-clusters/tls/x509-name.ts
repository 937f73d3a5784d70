// X.509 Name (and time) values → readable text: "CN=kafka.example.com, O=Kafka Ops, C=CH".
import {
  childrenOf,
  contentOf,
  decodeObjectIdentifier,
  DER_TAG,
  DerError,
  expectTag,
} from './der-reader'
import type { DerElement } from './der-reader'

const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'street',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
}

function decodeString(tag: number, content: Uint8Array): string {
  try {
    return decodeStringUnchecked(tag, content)
  } catch (error) {
    // Invalid UTF-8/UTF-16 or an impossible code point: the certificate is damaged, not the app.
    if (error instanceof TypeError || error instanceof RangeError) {
      throw new DerError('a name contains text that cannot be decoded')
    }
    throw error
  }
}

function decodeStringUnchecked(tag: number, content: Uint8Array): string {
  switch (tag) {
    case 0x0c: // UTF8String
      return new TextDecoder('utf-8', { fatal: true }).decode(content)
    case 0x1e: // BMPString
      return new TextDecoder('utf-16be', { fatal: true }).decode(content)
    case 0x1c: {
      // UniversalString: UTF-32BE, which TextDecoder doesn't offer.
      const codePoints: number[] = []
      for (let i = 0; i + 3 < content.length; i += 4) {
        codePoints.push(
          ((content[i] ?? 0) << 24) |
            ((content[i + 1] ?? 0) << 16) |
            ((content[i + 2] ?? 0) << 8) |
            (content[i + 3] ?? 0),
        )
      }
      return String.fromCodePoint(...codePoints)
    }
    case 0x12: // NumericString
    case 0x13: // PrintableString
    case 0x14: // TeletexString, read as Latin-1 like most tools do
    case 0x16: // IA5String
    case 0x1a: // VisibleString
      return Array.from(content, (byte) => String.fromCharCode(byte)).join('')
    default:
      return `#${Array.from(content, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
  }
}

/** RFC 4514 escaping of characters that would make the joined string ambiguous. */
function escapeValue(value: string): string {
  return value.replace(/[\\,+"<>;=]/g, '\\$&').replace(/^[ #]|[ ]$/g, '\\$&')
}

/** Most specific first, as RFC 4514 and most tools print it; multi-valued RDNs joined with "+". */
export function formatName(bytes: Uint8Array, name: DerElement): string {
  const relativeNames = childrenOf(bytes, name).map((set) => {
    expectTag(set, DER_TAG.set, 'name component')
    return childrenOf(bytes, set)
      .map((pair) => {
        const [type, value] = childrenOf(bytes, expectTag(pair, DER_TAG.sequence, 'name attribute'))
        const oid = decodeObjectIdentifier(
          contentOf(bytes, expectTag(type, DER_TAG.objectIdentifier, 'attribute type')),
        )
        if (!value) throw new DerError('attribute value is missing')
        return `${ATTRIBUTE_NAMES[oid] ?? oid}=${escapeValue(decodeString(value.tag, contentOf(bytes, value)))}`
      })
      .join('+')
  })
  return relativeNames.reverse().join(', ')
}

const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/

/** UTCTime (years 1950–2049) or GeneralizedTime, both in UTC as DER requires. */
export function decodeTime(bytes: Uint8Array, element: DerElement | undefined): Date {
  const utc = element?.tag === DER_TAG.utcTime
  if (!element || (!utc && element.tag !== DER_TAG.generalizedTime)) {
    throw new DerError('validity date is missing')
  }
  const match = (utc ? UTC_TIME : GENERALIZED_TIME).exec(
    decodeString(0x13, contentOf(bytes, element)),
  )
  if (!match) throw new DerError('validity date is unreadable')
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map(Number)
  const fullYear = utc ? year + (year < 50 ? 2000 : 1900) : year
  return new Date(Date.UTC(fullYear, month - 1, day, hour, minute, second))
}
