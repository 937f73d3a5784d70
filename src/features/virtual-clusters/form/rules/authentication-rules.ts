// Rules for the ordered authentication methods: each card by its kind, principals, OAuth settings,
// the Kong Identity lookup and the runtime gates.
import { secretExpressionProblem } from '../../../../api/secret-reference'
import type {
  AuthMethodValues,
  PrincipalValues,
  VirtualClusterFormValues,
} from '../virtual-cluster-form-values'
import {
  CLIENT_CERTIFICATE_MIN_RUNTIME,
  KONG_IDENTITY_MIN_RUNTIME,
  runtimeReason,
} from '../virtual-cluster-runtime'
import { toJwks } from '../mapping/virtual-cluster-request-mapper'
import type { FormContext } from './form-context'
import { issue } from './form-rule-issue'
import type { FormRuleIssue } from './form-rule-issue'
import { durationIssues, isHttpUrl, optionalTextIssues, requiredTextIssues } from './text-rules'

type Path = FormRuleIssue['path']

/** What the card of an anonymous method says when its backend cluster refuses anonymous access. */
export function anonymousNotAllowedMessage(backendClusterName: string): string {
  return `${backendClusterName} does not allow anonymous authentication from virtual clusters`
}

/** Sent exactly as typed, so padding is flagged rather than trimmed away (as for backend clusters). */
function usernameIssues(path: Path, username: string): FormRuleIssue[] {
  if (username === '') return [issue(path, 'principal-username-required', 'Enter a username')]
  const expression = secretExpressionProblem(username)
  if (expression) return [issue(path, 'secret-expression', expression)]
  if (username.trim() === '') {
    return [issue(path, 'principal-username-whitespace', 'Enter a username')]
  }
  if (username.trim() !== username) {
    return [issue(path, 'principal-username-whitespace', 'Remove the spaces at the start or end')]
  }
  return []
}

/**
 * Why a principal's stored password can no longer be kept: Konnect keeps a password by username,
 * within the SASL/PLAIN method of the same rank, so a renamed principal, or one whose method moved
 * among the SASL/PLAIN methods, would silently get another principal's password (or none).
 * Undefined while the password still belongs to it.
 */
export function storedPasswordLost(
  principal: PrincipalValues,
  plainRank: number,
): string | undefined {
  const owner = principal.storedFor
  if (!principal.passwordStored || owner === null) return undefined
  if (owner.username !== principal.username) {
    return 'Enter the password again: the username changed'
  }
  if (owner.plainRank !== plainRank) {
    return 'Enter the password again: its authentication method moved'
  }
  return undefined
}

function passwordIssues(
  path: Path,
  principal: PrincipalValues,
  plainRank: number,
  storedUsernames: readonly string[],
  ctx: FormContext,
): FormRuleIssue[] {
  if (principal.password !== '') {
    const expression = secretExpressionProblem(principal.password)
    return expression ? [issue(path, 'secret-expression', expression)] : []
  }
  if (ctx.mode === 'create' || !principal.passwordStored) {
    return [issue(path, 'principal-password-required', 'Enter a password')]
  }
  const lost = storedPasswordLost(principal, plainRank)
  if (lost) return [issue(path, 'principal-password-required', lost)]
  // Konnect keeps a password by username, within the SASL/PLAIN method of the same rank.
  return storedUsernames.includes(principal.username)
    ? []
    : [
        issue(
          path,
          'principal-password-required',
          'Konnect holds no password for this username in this method; enter one',
        ),
      ]
}

function principalIssues(
  method: AuthMethodValues,
  index: number,
  plainRank: number,
  ctx: FormContext,
): FormRuleIssue[] {
  const base = ['authentication', index]
  const issues: FormRuleIssue[] = []
  if (method.plainMediation === 'terminate' && method.principals.length === 0) {
    issues.push(
      issue(
        [...base, 'principals'],
        'principals-required',
        'Terminate checks clients against principals: add at least one',
      ),
    )
  }
  const stored = ctx.storedPrincipals?.[plainRank] ?? []
  const seen = new Set<string>()
  method.principals.forEach((principal, position) => {
    const path = [...base, 'principals', position]
    const username = usernameIssues([...path, 'username'], principal.username)
    if (username.length === 0 && seen.has(principal.username)) {
      username.push(
        issue(
          [...path, 'username'],
          'principal-duplicate',
          `${principal.username} is listed twice in this method`,
        ),
      )
    }
    seen.add(principal.username)
    issues.push(
      ...username,
      ...passwordIssues([...path, 'password'], principal, plainRank, stored, ctx),
    )
  })
  return issues
}

function oauthIssues(method: AuthMethodValues, index: number): FormRuleIssue[] {
  const base = ['authentication', index]
  const issues: FormRuleIssue[] = []
  const endpoint = method.jwksEndpoint.trim()
  const jwksPath = [...base, 'jwksEndpoint']
  // A timeout or cache expiration other than the default is sent, and needs the endpoint with it.
  const otherJwks = toJwks(method) !== undefined
  if (endpoint === '') {
    if (method.oauthMediation !== 'passthrough') {
      issues.push(
        issue(
          jwksPath,
          'jwks-required',
          'Checking tokens needs the JWKS endpoint that publishes their signing keys',
        ),
      )
    } else if (otherJwks) {
      issues.push(
        issue(
          jwksPath,
          'jwks-endpoint-required',
          'Enter the JWKS endpoint, or clear its timeout and cache expiration',
        ),
      )
    }
  } else if (!isHttpUrl(endpoint)) {
    issues.push(
      issue(
        jwksPath,
        'jwks-endpoint-url',
        'Enter an http(s) URL, e.g. https://login.example.com/.well-known/jwks.json',
      ),
    )
  }
  issues.push(...durationIssues([...base, 'jwksTimeout'], method.jwksTimeout))
  issues.push(...durationIssues([...base, 'jwksCacheExpiration'], method.jwksCacheExpiration))
  issues.push(...optionalTextIssues([...base, 'issuer'], method.issuer))
  method.audiences.forEach((audience, position) => {
    issues.push(
      ...requiredTextIssues(
        [...base, 'audiences', position, 'name'],
        audience.name,
        'audience-required',
        'Enter an audience',
      ),
    )
  })
  issues.push(...optionalTextIssues([...base, 'claimSub'], method.claimSub))
  issues.push(...optionalTextIssues([...base, 'claimScope'], method.claimScope))
  return issues
}

function kongIdentityIssues(
  method: AuthMethodValues,
  index: number,
  ctx: FormContext,
): FormRuleIssue[] {
  const { kongIdentity } = method
  if (method.kind === 'anonymous' || !kongIdentity.enabled) return []
  const base = ['authentication', index, 'kongIdentity']
  const issues: FormRuleIssue[] = []
  if (!ctx.runtime.kongIdentity) {
    issues.push(
      issue(
        [...base, 'enabled'],
        'kong-identity-runtime',
        runtimeReason('Kong Identity lookups', KONG_IDENTITY_MIN_RUNTIME, ctx.runtime.version),
      ),
    )
  }
  issues.push(
    ...requiredTextIssues(
      [...base, 'directory'],
      kongIdentity.directory,
      'kong-identity-directory-required',
      'Enter the Kong Identity directory',
    ),
  )
  if (method.kind !== 'oauth_bearer') {
    issues.push(
      ...requiredTextIssues(
        [...base, 'fetchByKey'],
        kongIdentity.fetchByKey,
        'kong-identity-key-required',
        'Enter the metadata key to match',
      ),
    )
  }
  return issues
}

function methodIssues(
  method: AuthMethodValues,
  index: number,
  plainRank: number,
  values: VirtualClusterFormValues,
  ctx: FormContext,
): FormRuleIssue[] {
  const kindPath = ['authentication', index, 'kind']
  switch (method.kind) {
    case 'anonymous': {
      const destination = values.destination
      const allowed = destination ? ctx.anonymousAllowed?.(destination.id) : undefined
      return destination && allowed === false
        ? [issue(kindPath, 'anonymous-not-allowed', anonymousNotAllowedMessage(destination.name))]
        : []
    }
    case 'sasl_plain':
      return [
        ...principalIssues(method, index, plainRank, ctx),
        ...kongIdentityIssues(method, index, ctx),
      ]
    case 'sasl_scram':
      return kongIdentityIssues(method, index, ctx)
    case 'oauth_bearer':
      return [...oauthIssues(method, index), ...kongIdentityIssues(method, index, ctx)]
    case 'client_certificate':
      return [
        ...(ctx.runtime.clientCertificate
          ? []
          : [
              issue(
                kindPath,
                'client-certificate-runtime',
                runtimeReason(
                  'Client certificates',
                  CLIENT_CERTIFICATE_MIN_RUNTIME,
                  ctx.runtime.version,
                ),
              ),
            ]),
        ...kongIdentityIssues(method, index, ctx),
      ]
  }
}

export function authenticationIssues(
  values: VirtualClusterFormValues,
  ctx: FormContext,
): FormRuleIssue[] {
  if (values.authentication.length === 0) {
    return [
      issue(
        ['authentication'],
        'authentication-required',
        'Add at least one authentication method',
      ),
    ]
  }
  let plainRank = 0
  return values.authentication.flatMap((method, index) => {
    const rank = plainRank
    if (method.kind === 'sasl_plain') plainRank += 1
    return methodIssues(method, index, rank, values, ctx)
  })
}
