// Every problem the form schema can report carries one of these codes, so tests (and the property test
// in particular) can tell rules that mirror the spec from rules where the form is deliberately stricter.

export const FORM_SCHEMA_ISSUE_CODES = [
  'name-required',
  'name-too-short',
  'name-too-long',
  'name-pattern',
  'description-too-long',
  'servers-required',
  'server-format',
  'server-port-range',
  'server-duplicate',
  'username-required',
  'username-whitespace',
  'password-required',
  'secret-expression',
  'tls-versions-required',
  'client-certificate-required',
  'client-key-required',
  'client-key-resend',
  'client-key-format',
  'mtls-runtime',
  'interval-range',
  'label-key-required',
  'label-key-too-long',
  'label-key-reserved',
  'label-key-duplicate',
  'label-value-required',
  'label-value-too-long',
  'label-value-pattern',
  'labels-too-many',
] as const

export type FormSchemaIssueCode = (typeof FORM_SCHEMA_ISSUE_CODES)[number]

export function isFormSchemaIssueCode(value: unknown): value is FormSchemaIssueCode {
  return FORM_SCHEMA_ISSUE_CODES.some((code) => code === value)
}

/**
 * Rules the form enforces although the JSON schema of the request body would accept the value. Each is
 * either enforced by Konnect beyond the schema (label keys, the runtime gate, key format and re-entry,
 * `x-expression` fields taking vault references only) or
 * protects the person from a body that is valid but cannot work or is probably a slip (port 0, a server
 * twice, a username with spaces at its ends, no TLS version, two label rows with one key, which the body
 * would silently collapse).
 */
export const STRICTER_THAN_SPEC: ReadonlySet<FormSchemaIssueCode> = new Set<FormSchemaIssueCode>([
  'server-port-range',
  'server-duplicate',
  'username-whitespace',
  'secret-expression',
  'tls-versions-required',
  'client-key-resend',
  'client-key-format',
  'mtls-runtime',
  'label-key-required',
  'label-key-too-long',
  'label-key-reserved',
  'label-key-duplicate',
])

/** One problem found by a rule, addressed by form field path segments (`['labels', 2, 'key']`). */
export interface FormRuleIssue {
  path: (string | number)[]
  message: string
  code: FormSchemaIssueCode
}

export function issue(
  path: FormRuleIssue['path'],
  code: FormSchemaIssueCode,
  message: string,
): FormRuleIssue {
  return { path, code, message }
}
