// How the console names a virtual cluster's authentication methods, in the order they are tried:
// the virtual-cluster list and a backend cluster's "Used by" show the same words.
import type { VirtualClusterAuthentication } from '../api/api-types'

const MEDIATION_WORDS: Record<string, string> = {
  passthrough: 'passthrough',
  terminate: 'terminate',
  validate_forward: 'validate and forward',
}

export function authenticationMethodLabel(method: VirtualClusterAuthentication): string {
  switch (method.type) {
    case 'anonymous':
      return 'Anonymous'
    case 'sasl_plain':
      return `SASL/PLAIN (${MEDIATION_WORDS[method.mediation] ?? method.mediation})`
    case 'sasl_scram':
      return method.algorithm === 'sha512' ? 'SCRAM-SHA-512' : 'SCRAM-SHA-256'
    case 'oauth_bearer':
      return `OAuth bearer (${MEDIATION_WORDS[method.mediation] ?? method.mediation})`
    case 'client_certificate':
      return 'Client certificate'
  }
}

/** "SASL/PLAIN (terminate), OAuth bearer (passthrough)". */
export function authenticationMethodsText(
  methods: readonly VirtualClusterAuthentication[],
): string {
  return methods.map(authenticationMethodLabel).join(', ')
}
