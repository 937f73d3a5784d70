// Rules for authentication and TLS, which depend on each other and on create vs edit.
import type { BackendClusterFormValues } from './backend-cluster-form-values'
import { describeClientKey } from './client-key-encoding'
import { issue } from './form-rule-issue'
import type { FormRuleIssue } from './form-rule-issue'

export interface FormContext {
  mode: 'create' | 'edit'
  /** The gateway's runtime supports client certificates (mTLS needs 1.1 or later). */
  mtlsSupported: boolean
}

export function authIssues(values: BackendClusterFormValues, ctx: FormContext): FormRuleIssue[] {
  if (values.authType === 'anonymous') return []
  const issues: FormRuleIssue[] = []
  if (values.username.trim() === '') {
    issues.push(issue(['username'], 'username-required', 'Enter a username'))
  }
  // In edit mode an empty box over a stored password means "keep the stored one".
  const keepsStored = ctx.mode === 'edit' && values.passwordStored
  if (values.password === '' && !keepsStored) {
    issues.push(issue(['password'], 'password-required', 'Enter a password'))
  }
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

export function tlsIssues(values: BackendClusterFormValues, ctx: FormContext): FormRuleIssue[] {
  // With TLS off nothing of TLS is sent, so the kept values need not be valid.
  if (!values.tlsEnabled) return []
  const issues: FormRuleIssue[] = []
  if (values.tlsVersions.length === 0) {
    issues.push(issue(['tlsVersions'], 'tls-versions-required', 'Pick at least one TLS version'))
  }
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
  issues.push(...clientKeyIssues(values, ctx))
  return issues
}
