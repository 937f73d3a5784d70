// The codes the backend-cluster form schema reports: the shared name and label rules' codes plus this
// form's own, so tests (the property test in particular) can tell rules that mirror the spec from
// rules where the form is deliberately stricter.
import type { FormRuleIssue as SharedFormRuleIssue } from '../../../../components/form/form-rule-issue'
import {
  LABEL_ISSUE_CODES,
  LABEL_RULES_STRICTER_THAN_SPEC,
} from '../../../../components/form/label-rules'
import { NAME_ISSUE_CODES } from '../../../../components/form/name-rules'

export { issue } from '../../../../components/form/form-rule-issue'

export const FORM_SCHEMA_ISSUE_CODES = [
  ...NAME_ISSUE_CODES,
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
  ...LABEL_ISSUE_CODES,
] as const

export type FormSchemaIssueCode = (typeof FORM_SCHEMA_ISSUE_CODES)[number]

export type FormRuleIssue = SharedFormRuleIssue<FormSchemaIssueCode>

export function isFormSchemaIssueCode(value: unknown): value is FormSchemaIssueCode {
  return FORM_SCHEMA_ISSUE_CODES.some((code) => code === value)
}

/**
 * Rules the form enforces although the JSON schema of the request body would accept the value. Each is
 * either enforced by Konnect beyond the schema (label keys, the runtime gate, key format and re-entry,
 * `x-expression` fields taking vault references only) or protects the person from a body that is
 * valid but cannot work or is probably a slip (port 0, a server twice, a username with spaces at its
 * ends, no TLS version, two label rows with one key, which the body would silently collapse).
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
  ...LABEL_RULES_STRICTER_THAN_SPEC,
])
