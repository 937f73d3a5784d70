// Rules for authentication and TLS, which depend on each other and on create vs edit.
import { secretExpressionProblem } from '../../../../api/secret-reference'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'
import { describeClientKey } from '../mapping/client-key-encoding'
import { issue } from './form-rule-issue'
import type { FormRuleIssue } from './form-rule-issue'

export interface FormContext {
  mode: 'create' | 'edit'
  /** The gateway's runtime supports client certificates (mTLS needs 1.1 or later). */
  mtlsSupported: boolean
}

/**
 * The username is sent exactly as typed, so surrounding whitespace is flagged instead of trimmed away:
 * trimming would silently change a stored `' svc'` on the next save. The spec only asks for one
 * character, so this rule is stricter than the spec (a padded name is almost always a paste slip).
 */
function usernameIssues(username: string): FormRuleIssue[] {
  const path = ['username']
  if (username === '') return [issue(path, 'username-required', 'Enter a username')]
  const expression = secretExpressionProblem(username)
  if (expression) return [issue(path, 'secret-expression', expression)]
  if (username.trim() === '') return [issue(path, 'username-whitespace', 'Enter a username')]
  if (username.trim() !== username) {
    return [issue(path, 'username-whitespace', 'Remove the spaces at the start or end')]
  }
  return []
}

export function authIssues(values: BackendClusterFormValues, ctx: FormContext): FormRuleIssue[] {
  if (values.authType === 'anonymous') return []
  const issues = usernameIssues(values.username)
  // In edit mode an empty box over a stored password means "keep the stored one".
  const keepsStored = ctx.mode === 'edit' && values.passwordStored
  if (values.password === '' && !keepsStored) {
    issues.push(issue(['password'], 'password-required', 'Enter a password'))
  }
  const expression = secretExpressionProblem(values.password)
  if (expression) issues.push(issue(['password'], 'secret-expression', expression))
  return issues
}

function clientKeyIssues(values: BackendClusterFormValues, ctx: FormContext): FormRuleIssue[] {
  const path = ['clientKey']
  if (values.clientKey === '') {
    // The API never returns a plaintext key, yet `client_identity` requires it on every PUT.
    return ctx.mode === 'edit' && values.clientKeyStored
      ? [
          issue(
            path,
            'client-key-resend',
            'Konnect needs the client key again to save (it is never returned); paste it or use a reference',
          ),
        ]
      : [issue(path, 'client-key-required', 'Paste the client key')]
  }
  const expression = secretExpressionProblem(values.clientKey)
  if (expression) return [issue(path, 'secret-expression', expression)]
  if (describeClientKey(values.clientKey) === 'unknown') {
    return [
      issue(
        path,
        'client-key-format',
        'Paste a PEM private key, its base64 encoding, or a secret reference',
      ),
    ]
  }
  return []
}

/**
 * The TLS sub-fields are sent whenever they hold a value, TLS on or off (`enabled: false` already tells
 * the gateway not to use them), so a client identity is checked whenever mTLS is on. Only the version
 * choice depends on TLS being on: with TLS off an empty choice is simply not sent.
 */
export function tlsIssues(values: BackendClusterFormValues, ctx: FormContext): FormRuleIssue[] {
  const issues: FormRuleIssue[] = []
  if (values.tlsEnabled && values.tlsVersions.length === 0) {
    issues.push(issue(['tlsVersions'], 'tls-versions-required', 'Pick at least one TLS version'))
  }
  const caExpression = secretExpressionProblem(values.caBundle)
  if (caExpression) issues.push(issue(['caBundle'], 'secret-expression', caExpression))
  if (!values.mtlsEnabled) return issues
  if (!ctx.mtlsSupported) {
    issues.push(
      issue(
        ['mtlsEnabled'],
        'mtls-runtime',
        'Client certificates need Event Gateway runtime 1.1 or later',
      ),
    )
  }
  if (values.clientCertificate === '') {
    issues.push(
      issue(['clientCertificate'], 'client-certificate-required', 'Paste the client certificate'),
    )
  }
  const certificateExpression = secretExpressionProblem(values.clientCertificate)
  if (certificateExpression) {
    issues.push(issue(['clientCertificate'], 'secret-expression', certificateExpression))
  }
  issues.push(...clientKeyIssues(values, ctx))
  return issues
}
