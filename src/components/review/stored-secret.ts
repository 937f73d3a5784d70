/**
 * Stands in for a plaintext secret Konnect keeps but never returns, in a configuration built from a
 * saved entity. The previews treat it like any plaintext value and show a placeholder; the review of
 * changes reads it as "Stored — hidden". So the configuration stays complete without the secret.
 */
export const STORED_SECRET_MARKER = 'stored-in-konnect'
