// Konnect secret references: template expressions such as ${vault.env['KAFKA_PASSWORD']} that the
// gateway resolves at runtime. The API stores and returns them as written, unlike plaintext secrets.

export function isSecretReference(value: string): boolean {
  return value.startsWith('${') && value.endsWith('}')
}

export function isValidEnvVariableName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)
}

/** A reference to an environment variable of the gateway, e.g. `${vault.env['KAFKA_PASSWORD']}`. */
export function vaultEnvReference(variableName: string): string {
  return `\${vault.env['${variableName}']}`
}
