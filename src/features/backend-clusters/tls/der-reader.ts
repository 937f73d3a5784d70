// A minimal DER (ASN.1) reader: just enough to walk an X.509 certificate without a library.

export class DerError extends Error {
  override name = 'DerError'
}

export interface DerElement {
  /** The identifier octet(s) as one number, e.g. 0x30 for SEQUENCE. */
  tag: number
  /** Offset of the first header byte. */
  start: number
  /** Offsets of the contents: [contentStart, end). */
  contentStart: number
  end: number
}

export const DER_TAG = {
  integer: 0x02,
  objectIdentifier: 0x06,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
  contextZero: 0xa0,
} as const

function byteAt(bytes: Uint8Array, offset: number, limit: number): number {
  const value = bytes[offset]
  if (offset >= limit || value === undefined) throw new DerError('data ends inside an element')
  return value
}

/** Reads the element that starts at `offset` and must end by `limit`. */
export function readElement(bytes: Uint8Array, offset: number, limit = bytes.length): DerElement {
  let cursor = offset
  let tag = byteAt(bytes, cursor++, limit)
  if ((tag & 0x1f) === 0x1f) {
    // High tag numbers continue in base 128; X.509 hardly uses them but they must still be skipped.
    let next: number
    do {
      next = byteAt(bytes, cursor++, limit)
      tag = tag * 128 + (next & 0x7f)
    } while (next & 0x80)
  }
  let length = byteAt(bytes, cursor++, limit)
  if (length & 0x80) {
    const count = length & 0x7f
    if (count === 0 || count > 4) throw new DerError('unsupported length encoding')
    length = 0
    for (let i = 0; i < count; i += 1) length = length * 256 + byteAt(bytes, cursor++, limit)
  }
  const end = cursor + length
  if (end > limit) throw new DerError('element is longer than its container')
  return { tag, start: offset, contentStart: cursor, end }
}

/** The elements inside a constructed element, in order. */
export function childrenOf(bytes: Uint8Array, parent: DerElement): DerElement[] {
  const children: DerElement[] = []
  for (let offset = parent.contentStart; offset < parent.end;) {
    const child = readElement(bytes, offset, parent.end)
    children.push(child)
    offset = child.end
  }
  return children
}

export function expectTag(element: DerElement | undefined, tag: number, what: string): DerElement {
  if (element?.tag !== tag) throw new DerError(`${what} is missing`)
  return element
}

export function contentOf(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.contentStart, element.end)
}

/** Dotted form of an OBJECT IDENTIFIER's contents, e.g. "2.5.4.3". */
export function decodeObjectIdentifier(content: Uint8Array): string {
  const arcs: number[] = []
  let value = 0
  for (const byte of content) {
    value = value * 128 + (byte & 0x7f)
    if (byte & 0x80) continue
    if (arcs.length === 0) {
      // The first subidentifier packs two arcs: 40 * first + second, with first at most 2.
      const first = Math.min(Math.floor(value / 40), 2)
      arcs.push(first, value - first * 40)
    } else {
      arcs.push(value)
    }
    value = 0
  }
  return arcs.join('.')
}
