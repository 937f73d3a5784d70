// Konnect secret references: template expressions such as ${vault.env['KAFKA_PASSWORD']} that the
// gateway resolves at runtime. The API stores and returns them as written, while a plaintext secret
// is encrypted and never returned, so the app, the mock API and the previews must agree on which is
// which: this is the one definition.

/** `${…}` around something that is not blank; `${}` or `${ }` cannot name a secret. */
const TEMPLATE_EXPRESSION = /^\$\{[\s\S]*\S[\s\S]*\}$/

export function isSecretReference(value: string): boolean {
  return TEMPLATE_EXPRESSION.test(value)
}
