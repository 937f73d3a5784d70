// The spec's `x-sensitive` values (GatewaySecret): a plaintext value is stored and never returned;
// a reference (`${vault.env['NAME']}`) is stored and returned as written. One rule for every
// resource, so backend and virtual clusters cannot drift apart.
import { isSecretReference } from '../api/secret-reference'

/** Passes a stored secret on, or drops it (undefined). */
export type KeepSecret = (secret: string) => string | undefined

/** Marker saved instead of a plaintext secret when the demo store goes to localStorage. */
export const REDACTED_SECRET = 'egc-demo:plaintext-secret-not-persisted'

/** What a response shows of a stored secret: a reference as is, a plaintext value not at all. */
export const shownSecret: KeepSecret = (secret) => (isSecretReference(secret) ? secret : undefined)

/** What the demo journal keeps: a reference as is, a plaintext value as the marker (never shown either). */
export const persistedSecret = (secret: string): string =>
  isSecretReference(secret) ? secret : REDACTED_SECRET
