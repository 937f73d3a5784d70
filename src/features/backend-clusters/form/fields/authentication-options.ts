import type { SelectOption } from '../../../../components/form/form-select'
import { AUTH_CHOICES, type AuthChoice } from '../backend-cluster-form-values'

interface AuthenticationOption {
  value: AuthChoice
  label: string
  description: string
  /** Guidance only: mediation is configured on virtual clusters, never sent with a backend cluster. */
  mediation: string
}

const OPTIONS: Record<AuthChoice, AuthenticationOption> = {
  anonymous: {
    value: 'anonymous',
    label: 'Anonymous',
    description: 'No credentials are exchanged.',
    mediation: 'Virtual clusters: no credential mediation.',
  },
  sasl_plain: {
    value: 'sasl_plain',
    label: 'SASL/PLAIN',
    description: 'A username and password, as literals or environment-variable references.',
    mediation: 'Virtual clusters can pass credentials through or terminate them.',
  },
  sasl_scram_sha256: {
    value: 'sasl_scram_sha256',
    label: 'SASL/SCRAM-SHA-256',
    description: 'A username and password, verified with SCRAM-SHA-256 hashing.',
    mediation: 'Virtual clusters can pass credentials through.',
  },
  sasl_scram_sha512: {
    value: 'sasl_scram_sha512',
    label: 'SASL/SCRAM-SHA-512',
    description: 'A username and password, verified with SCRAM-SHA-512 hashing.',
    mediation: 'Virtual clusters can pass credentials through.',
  },
}

/** The Authentication select's options; each says what the choice means for virtual clusters too. */
export const AUTHENTICATION_OPTIONS: readonly SelectOption<AuthChoice>[] = AUTH_CHOICES.map(
  (choice) => {
    const { value, label, description, mediation } = OPTIONS[choice]
    return { value, label, description: `${description} ${mediation}` }
  },
)
