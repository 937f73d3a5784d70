// How the console names a virtual cluster's settings: its authentication methods, in the order they
// are tried, and its ACL mode. The virtual-cluster pages and a backend cluster's "Used by" share them.
import type { VirtualClusterAclMode, VirtualClusterAuthentication } from '../api/api-types'

export const ACL_MODE_LABELS: Readonly<Record<VirtualClusterAclMode, string>> = {
  enforce_on_gateway: 'Enforce on gateway',
  passthrough: 'Passthrough',
}

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
