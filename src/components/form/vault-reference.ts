// Secret references as the form writes them. Which strings count as references is decided once, in
// src/api/secret-reference.ts, and re-exported here for the form's components.
export { isSecretReference } from '../../api/secret-reference'

export function isValidEnvVariableName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)
}

/** A reference to an environment variable of the gateway, e.g. `${vault.env['KAFKA_PASSWORD']}`. */
export function vaultEnvReference(variableName: string): string {
  return `\${vault.env['${variableName}']}`
}
