import { isSecretReference } from '../../../components/form/vault-reference'

/** Whether a certificate field holds pasted text worth reading (not empty, not a vault reference). */
export function hasCertificateText(pem: string): boolean {
  const text = pem.trim()
  return text !== '' && !isSecretReference(text)
}
