import type { RuntimeSupport } from '../virtual-cluster-runtime'

/** What the rules need beyond the values: create or edit, the gateway, what Konnect holds. */
export interface FormContext {
  mode: 'create' | 'edit'
  runtime: RuntimeSupport
  /**
   * Whether a backend cluster lets virtual clusters authenticate clients anonymously (its
   * `insecure_allow_anonymous_virtual_cluster_auth`); undefined while unknown.
   */
  anonymousAllowed?: (backendClusterId: string) => boolean | undefined
  /**
   * Edit: per SASL/PLAIN method in order (the first, the second…), the usernames whose password
   * Konnect holds. A principal sent without a password keeps only such a password.
   */
  storedPrincipals?: readonly (readonly string[])[]
}
