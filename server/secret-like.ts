// Settings are typed by hand, and a token pasted into the wrong one must not reach a log through
// the message that refuses it. Messages quote a value only when it looks like no credential.
// Shared with vite.config.ts: no imports.

// Konnect tokens and the usual bearer forms, anywhere in the value.
const CREDENTIAL_MARK = /(?:kpat|spat)_|bearer\s/i
// A long unbroken run of token characters with letters and digits in it: API keys, base64, JWTs.
const TOKEN_RUN = /[A-Za-z0-9+/=_-]{20,}/g
const LONGEST_SHOWN = 100

/** Whether a setting's value may hold a credential, so a message must not repeat it. */
export function looksSecret(value: string): boolean {
  if (value.length > LONGEST_SHOWN || CREDENTIAL_MARK.test(value)) return true
  for (const [run] of value.matchAll(TOKEN_RUN)) {
    if (/[A-Za-z]/.test(run) && /[0-9]/.test(run)) return true
  }
  return false
}

export const NOT_SHOWN = '(not shown: it looks like a secret)'

/** The value as it may appear in a message, or a note that it is left out. */
export function showUnlessSecret(value: string): string {
  return looksSecret(value) ? NOT_SHOWN : value
}

/** `"value"` for a message, or a note that it is left out. */
export function quoteUnlessSecret(value: string): string {
  return looksSecret(value) ? NOT_SHOWN : `"${value}"`
}
