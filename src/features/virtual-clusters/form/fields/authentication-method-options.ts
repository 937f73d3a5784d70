// How the form names and explains each authentication method and mediation. The descriptions follow
// the mediation table of Kong's backend-cluster page (which methods can pass credentials through or
// terminate them), and the spec for OAuth bearer and client certificates.
import type { SelectOption } from '../../../../components/form/form-select'
import type {
  AuthMethodKind,
  FailureMode,
  OauthMediation,
  PlainMediation,
  ScramAlgorithm,
} from '../virtual-cluster-form-values'

export interface AuthMethodOption {
  kind: AuthMethodKind
  label: string
  description: string
}

export const AUTH_METHOD_OPTIONS: readonly AuthMethodOption[] = [
  {
    kind: 'anonymous',
    label: 'Anonymous',
    description: 'Clients connect without credentials. The backend cluster must allow it.',
  },
  {
    kind: 'sasl_plain',
    label: 'SASL/PLAIN',
    description: 'Clients send a username and password; pass them through or check them here.',
  },
  {
    kind: 'sasl_scram',
    label: 'SASL/SCRAM',
    description: 'Clients prove a password with SCRAM-SHA-256 or -512, passed through.',
  },
  {
    kind: 'oauth_bearer',
    label: 'OAuth bearer',
    description: 'Clients send an OAuth token; pass it through, or validate it against a JWKS.',
  },
  {
    kind: 'client_certificate',
    label: 'Client certificate',
    description: "Clients present a TLS certificate that the listener's TLS policy verifies.",
  },
]

/** The label of a method kind; an unknown kind (from a newer API) as it is. */
export function authMethodLabel(kind: string): string {
  return AUTH_METHOD_OPTIONS.find((option) => option.kind === kind)?.label ?? kind
}

export const PLAIN_MEDIATION_OPTIONS: readonly SelectOption<PlainMediation>[] = [
  {
    value: 'passthrough',
    label: 'Passthrough',
    description:
      "The client's username and password go on to the backend cluster, which checks them.",
  },
  {
    value: 'terminate',
    label: 'Terminate',
    description:
      "The gateway checks clients against the principals below, then connects with the backend cluster's own credentials.",
  },
]

export const SCRAM_ALGORITHM_OPTIONS: readonly SelectOption<ScramAlgorithm>[] = [
  { value: 'sha256', label: 'SHA-256', description: 'SCRAM-SHA-256' },
  { value: 'sha512', label: 'SHA-512', description: 'SCRAM-SHA-512' },
]

export const SCRAM_MEDIATION_TEXT =
  'Mediation: passthrough. The SCRAM exchange goes on to the backend cluster, which checks it; SCRAM cannot be terminated at the gateway.'

export const OAUTH_MEDIATION_OPTIONS: readonly SelectOption<OauthMediation>[] = [
  {
    value: 'passthrough',
    label: 'Passthrough',
    description: 'Tokens go on to the backend cluster without any check here.',
  },
  {
    value: 'validate_forward',
    label: 'Validate and forward',
    description:
      'The gateway validates each token against the JWKS, then forwards it to the backend cluster.',
  },
  {
    value: 'terminate',
    label: 'Terminate',
    description:
      "The gateway validates each token, then connects with the backend cluster's own credentials (none if it has no authentication).",
  },
]

export const FAILURE_MODE_OPTIONS: readonly SelectOption<FailureMode>[] = [
  {
    value: 'error',
    label: 'Refuse the client',
    description: 'A failed lookup fails the authentication.',
  },
  {
    value: 'ignore',
    label: 'Continue without metadata',
    description: 'The client is let in without the principal metadata.',
  },
]
