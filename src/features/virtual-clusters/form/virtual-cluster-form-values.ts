// The shape the person filling the virtual-cluster form works with; the API body is derived from it
// (mapping/virtual-cluster-request-mapper.ts), never edited directly. Each authentication method
// holds the settings of every kind, so a card keeps what was typed and the rules and mappers read
// only what belongs to its kind.
import type { LabelRow } from '../../../components/form/label-rules'

export const AUTH_METHOD_KINDS = [
  'anonymous',
  'sasl_plain',
  'sasl_scram',
  'oauth_bearer',
  'client_certificate',
] as const
export type AuthMethodKind = (typeof AUTH_METHOD_KINDS)[number]

export const PLAIN_MEDIATIONS = ['passthrough', 'terminate'] as const
export type PlainMediation = (typeof PLAIN_MEDIATIONS)[number]

export const OAUTH_MEDIATIONS = ['passthrough', 'validate_forward', 'terminate'] as const
export type OauthMediation = (typeof OAUTH_MEDIATIONS)[number]

export const SCRAM_ALGORITHMS = ['sha256', 'sha512'] as const
export type ScramAlgorithm = (typeof SCRAM_ALGORITHMS)[number]

export const FAILURE_MODES = ['error', 'ignore'] as const
export type FailureMode = (typeof FAILURE_MODES)[number]

export const ACL_MODES = ['enforce_on_gateway', 'passthrough'] as const
export type AclMode = (typeof ACL_MODES)[number]

export const NAMESPACE_MODES = ['hide_prefix', 'enforce_prefix'] as const
export type NamespaceMode = (typeof NAMESPACE_MODES)[number]

export const CONFLICT_MODES = ['warn', 'ignore'] as const
export type ConflictMode = (typeof CONFLICT_MODES)[number]

export const SELECTOR_KINDS = ['glob', 'exact_list'] as const
export type SelectorKind = (typeof SELECTOR_KINDS)[number]

/** The spec's defaults, left out of request bodies. */
export const DEFAULT_JWKS_TIMEOUT = '10s'
export const DEFAULT_JWKS_CACHE_EXPIRATION = '1h'
export const DEFAULT_CONFLICT: ConflictMode = 'warn'

/**
 * Whom Konnect holds a principal's hidden password for: Konnect keeps a password by username, within
 * the SASL/PLAIN method of the same rank (the first, the second…), so it stays only while both match.
 */
export interface StoredPasswordOwner {
  username: string
  /** The rank of the principal's SASL/PLAIN method among the SASL/PLAIN methods, from 0. */
  plainRank: number
}

export interface PrincipalValues {
  username: string
  password: string
  /** Konnect holds a plaintext password it never returns; an empty `password` then keeps it. */
  passwordStored: boolean
  /** Edit: whom that stored password belongs to, as loaded; null when nothing is stored. */
  storedFor: StoredPasswordOwner | null
}

/** Kong Identity lookup after authentication (runtime 1.2). */
export interface KongIdentityValues {
  enabled: boolean
  directory: string
  /** The metadata key matched against the identity; OAuth bearer matches iss and sub instead. */
  fetchByKey: string
  failureMode: FailureMode
}

export interface AuthMethodValues {
  kind: AuthMethodKind
  /** SASL/PLAIN */
  plainMediation: PlainMediation
  principals: PrincipalValues[]
  /** SASL/SCRAM */
  scramAlgorithm: ScramAlgorithm
  /** OAuth bearer */
  oauthMediation: OauthMediation
  jwksEndpoint: string
  /** As typed; '' means the API default (10s). */
  jwksTimeout: string
  /** As typed; '' means the API default (1h). */
  jwksCacheExpiration: string
  issuer: string
  audiences: { name: string }[]
  claimSub: string
  claimScope: string
  kongIdentity: KongIdentityValues
}

/** A namespace's extra topics or consumer groups: a glob, or a list with one name per line. */
export interface SelectorValues {
  kind: SelectorKind
  glob: string
  /** One name per line as typed; blank lines are ignored. */
  exactList: string
  /** Topics only. */
  conflict: ConflictMode
}

export interface TopicAliasValues {
  alias: string
  topic: string
  /** A CEL expression; '' means the alias applies to every connection. */
  condition: string
  conflict: ConflictMode
}

export interface VirtualClusterFormValues {
  name: string
  description: string
  dnsLabel: string
  /** The backend cluster picked, by id; the name is for showing it. */
  destination: { id: string; name: string } | null
  /** Tried in order; the first that matches wins. */
  authentication: AuthMethodValues[]
  aclMode: AclMode
  namespaceEnabled: boolean
  namespaceMode: NamespaceMode
  namespacePrefix: string
  namespaceTopics: SelectorValues[]
  namespaceConsumerGroups: SelectorValues[]
  topicAliases: TopicAliasValues[]
  labels: LabelRow[]
}

export function newPrincipal(): PrincipalValues {
  return { username: '', password: '', passwordStored: false, storedFor: null }
}

export function newAuthMethod(kind: AuthMethodKind): AuthMethodValues {
  return {
    kind,
    plainMediation: 'passthrough',
    principals: [],
    scramAlgorithm: 'sha256',
    oauthMediation: 'passthrough',
    jwksEndpoint: '',
    jwksTimeout: '',
    jwksCacheExpiration: '',
    issuer: '',
    audiences: [],
    claimSub: '',
    claimScope: '',
    kongIdentity: { enabled: false, directory: '', fetchByKey: '', failureMode: 'error' },
  }
}

export function newSelector(): SelectorValues {
  return { kind: 'glob', glob: '', exactList: '', conflict: DEFAULT_CONFLICT }
}

export function newTopicAlias(): TopicAliasValues {
  return { alias: '', topic: '', condition: '', conflict: DEFAULT_CONFLICT }
}

export function defaultFormValues(): VirtualClusterFormValues {
  return {
    name: '',
    description: '',
    dnsLabel: '',
    destination: null,
    authentication: [],
    // Passthrough keeps the backend cluster's own ACLs in charge, so a new virtual cluster works at
    // once; enforcing on the gateway denies everything until ACL policies exist.
    aclMode: 'passthrough',
    namespaceEnabled: false,
    namespaceMode: 'hide_prefix',
    namespacePrefix: '',
    namespaceTopics: [],
    namespaceConsumerGroups: [],
    topicAliases: [],
    labels: [],
  }
}
