// Non-blocking advice shown beside fields: the values are valid but risky or probably not meant.
import type { BackendClusterFormValues } from '../backend-cluster-form-values'
import { isLoopbackServer, normalizeBootstrapServers } from './bootstrap-servers'

export interface FormWarning {
  field: keyof BackendClusterFormValues
  message: string
}

/** The fields the warnings are worked out from; typing in any other field changes none. */
export const WARNING_INPUTS = [
  'bootstrapServers',
  'authType',
  'tlsEnabled',
  'tlsSkipVerify',
  'allowAnonymousVirtualClusterAuth',
] as const satisfies readonly (keyof BackendClusterFormValues)[]

export type WarningInputs = Pick<BackendClusterFormValues, (typeof WARNING_INPUTS)[number]>

export function formWarnings(values: WarningInputs): FormWarning[] {
  const warnings: FormWarning[] = []
  const loopback = normalizeBootstrapServers(values.bootstrapServers).filter(isLoopbackServer)
  if (loopback.length > 0) {
    warnings.push({
      field: 'bootstrapServers',
      message: `${loopback.join(', ')} points back at the gateway's own host. The gateway connects to this address, not your browser.`,
    })
  }
  if (values.authType === 'sasl_plain' && !values.tlsEnabled) {
    warnings.push({
      field: 'authType',
      message: 'SASL/PLAIN without TLS: credentials cross the network in clear text',
    })
  }
  if (values.tlsEnabled && values.tlsSkipVerify) {
    warnings.push({
      field: 'tlsSkipVerify',
      message:
        "The gateway won't check the cluster's certificate, so anyone in between can impersonate it. For testing only.",
    })
  }
  if (values.allowAnonymousVirtualClusterAuth) {
    warnings.push({
      field: 'allowAnonymousVirtualClusterAuth',
      message:
        'Virtual clusters without client authentication can then use this cluster and its credentials, a privilege escalation risk. Not for production.',
    })
  }
  return warnings
}
