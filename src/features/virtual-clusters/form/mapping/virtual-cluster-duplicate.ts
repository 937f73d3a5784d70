// "Duplicate": a new virtual cluster with every setting of another, a free name and DNS label, and
// no plaintext passwords (Konnect never returns them; references are copied as written).
import type { VirtualCluster } from '../../../../api/api-types'
import { uniqueCopyName } from '../../../../components/form/unique-copy-name'
import { uniqueCopyDnsLabel } from '../rules/dns-label-rules'
import type { VirtualClusterFormValues } from '../virtual-cluster-form-values'
import { toFormValues } from './virtual-cluster-form-from-api'

export function toDuplicateFormValues(
  source: VirtualCluster,
  taken: { names: readonly string[]; dnsLabels: readonly string[] },
): VirtualClusterFormValues {
  const values = toFormValues(source)
  return {
    ...values,
    name: uniqueCopyName(source.name, taken.names),
    dnsLabel: uniqueCopyDnsLabel(source.dns_label, taken.dnsLabels),
    // A copy has no stored passwords to fall back on: hidden ones must be entered again.
    authentication: values.authentication.map((method) => ({
      ...method,
      principals: method.principals.map((principal) => ({
        ...principal,
        passwordStored: false,
        storedFor: null,
      })),
    })),
  }
}
