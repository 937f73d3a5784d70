// The spec's `x-min-runtime-version` marks on virtual-cluster features, against the gateway's
// `min_runtime_version`: what the form offers, and why not when it doesn't.
import { isRuntimeAtLeast } from '../../../api/runtime-version'

export const CLIENT_CERTIFICATE_MIN_RUNTIME = '1.1'
export const KONG_IDENTITY_MIN_RUNTIME = '1.2'
export const TOPIC_ALIASES_MIN_RUNTIME = '1.2'

export interface RuntimeSupport {
  /** The gateway's runtime, as the API gives it. */
  version: string
  clientCertificate: boolean
  kongIdentity: boolean
  topicAliases: boolean
}

export function runtimeSupport(version: string): RuntimeSupport {
  return {
    version,
    clientCertificate: isRuntimeAtLeast(version, CLIENT_CERTIFICATE_MIN_RUNTIME),
    kongIdentity: isRuntimeAtLeast(version, KONG_IDENTITY_MIN_RUNTIME),
    topicAliases: isRuntimeAtLeast(version, TOPIC_ALIASES_MIN_RUNTIME),
  }
}

/** "Client certificates need Event Gateway runtime 1.1 or later; this gateway runs 1.0." */
export function runtimeReason(feature: string, minimum: string, version: string): string {
  return `${feature} need${feature.endsWith('s') ? '' : 's'} Event Gateway runtime ${minimum} or later; this gateway runs ${version || 'an unknown version'}.`
}
