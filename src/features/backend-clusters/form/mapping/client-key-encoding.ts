// Konnect wants `tls.client_identity.key` base64-encoded (the base64 of the PEM file). People paste PEM,
// so the form encodes it; base64 and secret references pass through untouched.
import { isSecretReference } from '../../../../api/secret-reference'

export type ClientKeyKind = 'pem' | 'base64' | 'reference' | 'unknown'

const PEM_PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

export function describeClientKey(value: string): ClientKeyKind {
  if (isSecretReference(value)) return 'reference'
  if (PEM_PRIVATE_KEY.test(value)) return 'pem'
  // Encoded keys are often wrapped at 64 or 76 columns.
  const compact = value.replace(/\s+/g, '')
  if (compact !== '' && compact.length % 4 === 0 && BASE64.test(compact)) return 'base64'
  return 'unknown'
}

/** UTF-8 bytes to base64 with browser-and-Node globals only (no Buffer in browser code). */
export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** The value to send as `client_identity.key`: PEM becomes base64, everything else is sent as given. */
export function encodeClientKey(value: string): string {
  return describeClientKey(value) === 'pem' ? utf8ToBase64(value) : value
}
