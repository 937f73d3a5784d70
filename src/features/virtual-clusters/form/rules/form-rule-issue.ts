// The codes the virtual-cluster form schema reports: the shared name and label rules' codes plus this
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
  'dns-label-required',
  'dns-label-too-long',
  'dns-label-pattern',
  'destination-required',
  'authentication-required',
  'anonymous-not-allowed',
  'client-certificate-runtime',
  'principals-required',
  'principal-username-required',
  'principal-username-whitespace',
  'principal-duplicate',
  'principal-password-required',
  'secret-expression',
  'jwks-required',
  'jwks-endpoint-required',
  'jwks-endpoint-url',
  'duration-format',
  'audience-required',
  'text-blank',
  'kong-identity-runtime',
  'kong-identity-directory-required',
  'kong-identity-key-required',
  'namespace-prefix-required',
  'glob-required',
  'glob-pattern',
  'exact-list-required',
  'alias-required',
  'alias-topic-required',
  'alias-duplicate',
  'topic-aliases-runtime',
  ...LABEL_ISSUE_CODES,
] as const

export type FormSchemaIssueCode = (typeof FORM_SCHEMA_ISSUE_CODES)[number]

export type FormRuleIssue = SharedFormRuleIssue<FormSchemaIssueCode>

export function isFormSchemaIssueCode(value: unknown): value is FormSchemaIssueCode {
  return FORM_SCHEMA_ISSUE_CODES.some((code) => code === value)
}

/**
 * Rules the form enforces although the request body's JSON schema would accept the value. Each is
 * enforced by Konnect beyond the schema, or keeps the person from a body that is valid but cannot
 * work or is probably a slip:
 * - `anonymous-not-allowed`: Konnect refuses anonymous access to a backend cluster that doesn't allow it.
 * - `principals-required`: Terminate checks clients against the principals; with none, nobody gets in.
 * - `principal-username-whitespace`: a username padded with spaces is almost always a paste slip.
 * - `principal-duplicate`: two principals with one username; Konnect keeps passwords by username.
 * - `principal-password-required`: on edit the update schema lets a password out, but Konnect only
 *   keeps one it holds for that username in that SASL/PLAIN method (on create the spec requires it).
 * - `secret-expression`: `x-expression` fields take vault references only.
 * - `jwks-required`: validating or terminating tokens needs the keys that sign them.
 * - `jwks-endpoint-url`: the spec's `format: uri`, which the generated validator does not check;
 *   the form asks for an http(s) URL.
 * - `duration-format`: JWKS timeout and cache expiration are durations such as 10s, 15m or 1h.
 * - `audience-required`: the body leaves a blank audience row out (as a blank exact-list line), but
 *   a row added and left empty is probably a slip: the form asks to fill or remove it.
 * - `text-blank`: a value of spaces only is valid JSON but names nothing.
 * - `alias-duplicate`: two aliases with one name would shadow each other.
 * - the label rules Konnect applies beyond the schema, and one key per row.
 */
export const STRICTER_THAN_SPEC: ReadonlySet<FormSchemaIssueCode> = new Set<FormSchemaIssueCode>([
  'anonymous-not-allowed',
  'principals-required',
  'principal-username-whitespace',
  'principal-duplicate',
  'principal-password-required',
  'secret-expression',
  'jwks-required',
  'jwks-endpoint-url',
  'duration-format',
  'audience-required',
  'text-blank',
  'alias-duplicate',
  ...LABEL_RULES_STRICTER_THAN_SPEC,
])
