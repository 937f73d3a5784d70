import type { FormFieldPath } from './mapping/server-error-mapping'

// Top-to-bottom order on screen, so focus goes to the first error a person would meet.
const ORDER = [
  'name',
  'description',
  'bootstrapServers',
  'authType',
  'username',
  'password',
  'allowAnonymousVirtualClusterAuth',
  'tlsEnabled',
  'tlsSkipVerify',
  'caBundle',
  'tlsVersions',
  'mtlsEnabled',
  'clientCertificate',
  'clientKey',
  'metadataUpdateIntervalSeconds',
  'labels',
]

export function fieldRank(path: FormFieldPath): number {
  const root = path.split('.')[0] ?? path
  const index = ORDER.indexOf(root)
  return index === -1 ? ORDER.length : index
}
