import type { BackendClusterAuthentication } from '../../api/api-types'

/** The short names operators know from Kafka client configs. */
export function authenticationLabel(auth: BackendClusterAuthentication): string {
  switch (auth.type) {
    case 'anonymous':
      return 'Anonymous'
    case 'sasl_plain':
      return 'SASL/PLAIN'
    case 'sasl_scram':
      return auth.algorithm === 'sha512' ? 'SCRAM-SHA-512' : 'SCRAM-SHA-256'
  }
}
