// The shape the person filling the backend-cluster form works with; the API body is derived from it
// (backend-cluster-request-mapper.ts), never edited directly.

export const AUTH_CHOICES = [
  'anonymous',
  'sasl_plain',
  'sasl_scram_sha256',
  'sasl_scram_sha512',
] as const
export type AuthChoice = (typeof AUTH_CHOICES)[number]

/** Every version, in order; also the API default when a request leaves `tls_versions` out. */
export const TLS_VERSIONS = ['tls12', 'tls13'] as const
export type TlsVersion = (typeof TLS_VERSIONS)[number]

/** How forms and detail pages name each version. */
export const TLS_VERSION_LABELS: Readonly<Record<TlsVersion, string>> = {
  tls12: 'TLS 1.2',
  tls13: 'TLS 1.3',
}

/** The default the API applies when a request leaves the interval out. */
export const DEFAULT_METADATA_UPDATE_INTERVAL_SECONDS = 60

export interface BackendClusterFormValues {
  name: string
  description: string
  /** One entry per server as typed; blank entries are ignored. */
  bootstrapServers: string[]
  authType: AuthChoice
  username: string
  password: string
  /** The server holds a plaintext password it never returns; an empty `password` then means "keep it". */
  passwordStored: boolean
  allowAnonymousVirtualClusterAuth: boolean
  tlsEnabled: boolean
  tlsSkipVerify: boolean
  caBundle: string
  tlsVersions: TlsVersion[]
  mtlsEnabled: boolean
  clientCertificate: string
  clientKey: string
  /** The server holds a plaintext client key it never returns. */
  clientKeyStored: boolean
  /** As typed; '' means the API default (60). */
  metadataUpdateIntervalSeconds: string
  /** Rows as typed; a row with both cells empty is ignored. */
  labels: { key: string; value: string }[]
}

export function defaultFormValues(): BackendClusterFormValues {
  return {
    name: '',
    description: '',
    bootstrapServers: [],
    authType: 'anonymous',
    username: '',
    password: '',
    passwordStored: false,
    allowAnonymousVirtualClusterAuth: false,
    tlsEnabled: false,
    tlsSkipVerify: false,
    caBundle: '',
    tlsVersions: [...TLS_VERSIONS],
    mtlsEnabled: false,
    clientCertificate: '',
    clientKey: '',
    clientKeyStored: false,
    metadataUpdateIntervalSeconds: String(DEFAULT_METADATA_UPDATE_INTERVAL_SECONDS),
    labels: [],
  }
}
