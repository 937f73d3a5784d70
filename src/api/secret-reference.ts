// Konnect secret references. Fields marked `x-expression` with `fields: [vault]` in the spec (every
// password, key, certificate and username) read a `${…}` value as an expression that may only use
// the vault: `${vault.env['KAFKA_PASSWORD']}` is resolved by the gateway at runtime, stored and
// returned as written, while a plaintext secret is encrypted and never returned. The app, the mock
// API and the previews must agree on which is which: this is the one definition.

/** `${vault.env['NAME']}` (or with double quotes), NAME being an environment variable name. */
const VAULT_ENV_REFERENCE = /^\$\{vault\.env\[(['"])[A-Za-z_][A-Za-z0-9_]*\1\]\}$/
/** The form the seed page's Terraform tab shows, which the API does not accept. */
const BARE_ENV_REFERENCE = /^\$\{\s*env\s*(\[\s*(['"])([^'"]*)\2\s*\]|\.(\w+))\s*\}$/

export function isSecretReference(value: string): boolean {
  return VAULT_ENV_REFERENCE.test(value)
}

/** Konnect evaluates anything with `${` in these fields as a template expression. */
export function isExpression(value: string): boolean {
  return value.includes('${')
}

/** Why an expression cannot be used, or undefined when the value is a literal or a vault reference. */
export function secretExpressionProblem(value: string): string | undefined {
  if (!isExpression(value) || isSecretReference(value)) return undefined
  const bare = BARE_ENV_REFERENCE.exec(value)
  if (bare) {
    const name = bare[3] ?? bare[4] ?? 'NAME'
    return `Environment variables are read through the vault: write \${vault.env['${name}']}`
  }
  return "Only vault references can be used here, e.g. ${vault.env['KAFKA_PASSWORD']}; Konnect reads any other ${…} as an expression it refuses"
}
