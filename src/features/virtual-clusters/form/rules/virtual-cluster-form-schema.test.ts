import { describe, expect, it } from 'vitest'
import { formValues, method } from '../virtual-cluster-fixtures.test-support'
import { newSelector, newTopicAlias } from '../virtual-cluster-form-values'
import type { PrincipalValues, VirtualClusterFormValues } from '../virtual-cluster-form-values'
import { runtimeSupport } from '../virtual-cluster-runtime'
import {
  createVirtualClusterFormSchema,
  formIssueCode,
  STRICTER_THAN_SPEC,
  type FormContext,
} from './virtual-cluster-form-schema'

const CREATE: FormContext = { mode: 'create', runtime: runtimeSupport('1.2') }

function errors(values: VirtualClusterFormValues, ctx: FormContext = CREATE): string[] {
  const result = createVirtualClusterFormSchema(ctx).safeParse(values)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

const plain = (principals: PrincipalValues[]) =>
  method('sasl_plain', { plainMediation: 'terminate', principals })

describe('virtual cluster form schema', () => {
  it('accepts the smallest valid form', () => {
    expect(errors(formValues())).toEqual([])
  })

  it('asks for a name, a DNS label, a backend cluster and a method', () => {
    expect(
      errors(formValues({ name: ' ', dnsLabel: '', destination: null, authentication: [] })),
    ).toEqual([
      'name: Enter a name',
      'dnsLabel: Enter a DNS label',
      'destination: Choose the backend cluster to route to',
      'authentication: Add at least one authentication method',
    ])
  })

  it('refuses anonymous access to a backend cluster that does not allow it, once that is known', () => {
    const values = formValues({ authentication: [method('sasl_scram'), method('anonymous')] })
    expect(errors(values, { ...CREATE, anonymousAllowed: () => undefined })).toEqual([])
    expect(errors(values, { ...CREATE, anonymousAllowed: () => true })).toEqual([])
    expect(errors(values, { ...CREATE, anonymousAllowed: () => false })).toEqual([
      'authentication.1.kind: payments-core does not allow anonymous authentication from virtual clusters',
    ])
  })

  it('gates client certificates, Kong Identity and topic aliases by runtime, with the reason', () => {
    const kong = { enabled: true, directory: 'd', fetchByKey: 'k', failureMode: 'error' as const }
    const values = formValues({
      authentication: [method('client_certificate'), method('sasl_scram', { kongIdentity: kong })],
      topicAliases: [{ ...newTopicAlias(), alias: 'a', topic: 't' }],
    })
    expect(errors(values, { mode: 'create', runtime: runtimeSupport('1.0') })).toEqual([
      'authentication.0.kind: Client certificates need Event Gateway runtime 1.1 or later; this gateway runs 1.0.',
      'authentication.1.kongIdentity.enabled: Kong Identity lookups need Event Gateway runtime 1.2 or later; this gateway runs 1.0.',
      'topicAliases: Topic aliases need Event Gateway runtime 1.2 or later; this gateway runs 1.0.',
    ])
    expect(errors(values, { mode: 'create', runtime: runtimeSupport('1.1') })).toHaveLength(2)
    expect(errors(values)).toEqual([])
  })

  it('asks Terminate for principals, each with a username and a password', () => {
    expect(errors(formValues({ authentication: [plain([])] }))).toEqual([
      'authentication.0.principals: Terminate checks clients against principals: add at least one',
    ])
    expect(
      errors(
        formValues({
          authentication: [
            plain([
              { username: '', password: '', passwordStored: false, storedFor: null },
              { username: ' svc', password: 'p', passwordStored: false, storedFor: null },
              { username: 'svc', password: "${env['X']}", passwordStored: false, storedFor: null },
              { username: 'svc', password: 'p', passwordStored: false, storedFor: null },
            ]),
          ],
        }),
      ),
    ).toEqual([
      'authentication.0.principals.0.username: Enter a username',
      'authentication.0.principals.0.password: Enter a password',
      'authentication.0.principals.1.username: Remove the spaces at the start or end',
      "authentication.0.principals.2.password: Environment variables are read through the vault: write ${vault.env['X']}",
      'authentication.0.principals.3.username: svc is listed twice in this method',
    ])
  })

  it('keeps a stored password on edit only for the username Konnect holds it for, in that method', () => {
    const stored = { username: 'svc', password: '', passwordStored: true, storedFor: null }
    const renamed = { username: 'svc2', password: '', passwordStored: true, storedFor: null }
    const edit: FormContext = {
      mode: 'edit',
      runtime: runtimeSupport('1.2'),
      storedPrincipals: [['svc'], ['other']],
    }
    expect(errors(formValues({ authentication: [plain([stored])] }), edit)).toEqual([])
    expect(errors(formValues({ authentication: [plain([renamed])] }), edit)).toEqual([
      'authentication.0.principals.0.password: Konnect holds no password for this username in this method; enter one',
    ])
    // The second SASL/PLAIN method is matched with the second stored one.
    expect(
      errors(
        formValues({
          authentication: [plain([{ ...stored, username: 'other' }]), plain([stored])],
        }),
        edit,
      ),
    ).toHaveLength(2)
    // On create nothing is stored.
    expect(errors(formValues({ authentication: [plain([stored])] }))).toEqual([
      'authentication.0.principals.0.password: Enter a password',
    ])
  })

  it('asks for a stored password again once its principal is renamed or its method moves', () => {
    const edit: FormContext = {
      mode: 'edit',
      runtime: runtimeSupport('1.2'),
      storedPrincipals: [
        ['alice', 'bob'],
        ['alice', 'bob'],
      ],
    }
    const storedAs = (username: string, plainRank: number): PrincipalValues => ({
      username,
      password: '',
      passwordStored: true,
      storedFor: { username, plainRank },
    })
    const firstPlain = plain([storedAs('alice', 0), storedAs('bob', 0)])
    const secondPlain = plain([storedAs('bob', 1)])
    const loaded = [firstPlain, secondPlain]
    expect(errors(formValues({ authentication: loaded }), edit)).toEqual([])
    // Swapped usernames: Konnect holds a password for each name, but each is the other's.
    const swapped = plain([
      { ...storedAs('alice', 0), username: 'bob' },
      { ...storedAs('bob', 0), username: 'alice' },
    ])
    expect(errors(formValues({ authentication: [swapped, secondPlain] }), edit)).toEqual([
      'authentication.0.principals.0.password: Enter the password again: the username changed',
      'authentication.0.principals.1.password: Enter the password again: the username changed',
    ])
    // The two SASL/PLAIN methods change places: bob of the second would get the first one's password.
    expect(
      errors(formValues({ authentication: [secondPlain, method('sasl_scram'), firstPlain] }), edit),
    ).toEqual([
      'authentication.0.principals.0.password: Enter the password again: its authentication method moved',
      'authentication.2.principals.0.password: Enter the password again: its authentication method moved',
      'authentication.2.principals.1.password: Enter the password again: its authentication method moved',
    ])
    // Passwords typed again are sent, so nothing is kept by mistake.
    const retyped = plain([
      { ...storedAs('alice', 0), username: 'bob', password: 'new-b' },
      { ...storedAs('bob', 0), username: 'alice', password: 'new-a' },
    ])
    expect(errors(formValues({ authentication: [retyped] }), edit)).toEqual([])
  })

  it('checks OAuth settings: JWKS when tokens are checked, URL, durations, audiences', () => {
    const oauth = (overrides: Parameters<typeof method>[1]) =>
      errors(formValues({ authentication: [method('oauth_bearer', overrides)] }))
    expect(oauth({ oauthMediation: 'passthrough' })).toEqual([])
    expect(oauth({ oauthMediation: 'validate_forward' })).toEqual([
      'authentication.0.jwksEndpoint: Checking tokens needs the JWKS endpoint that publishes their signing keys',
    ])
    expect(oauth({ jwksTimeout: '5s' })).toEqual([
      'authentication.0.jwksEndpoint: Enter the JWKS endpoint, or clear its timeout and cache expiration',
    ])
    expect(
      oauth({
        jwksEndpoint: 'login.example.com',
        jwksTimeout: 'soon',
        jwksCacheExpiration: '1h30m',
        issuer: ' ',
        audiences: [{ name: '' }],
      }),
    ).toEqual([
      'authentication.0.jwksEndpoint: Enter an http(s) URL, e.g. https://login.example.com/.well-known/jwks.json',
      'authentication.0.jwksTimeout: A duration such as 10s, 15m or 1h',
      'authentication.0.issuer: Leave it empty or enter a value',
      'authentication.0.audiences.0.name: Enter an audience',
    ])
  })

  it('checks the namespace only while it is on', () => {
    const namespace = {
      namespacePrefix: '',
      namespaceTopics: [{ ...newSelector(), glob: 'bad glob' }],
      namespaceConsumerGroups: [
        { ...newSelector(), kind: 'exact_list' as const, exactList: ' \n ' },
      ],
    }
    expect(errors(formValues(namespace))).toEqual([])
    expect(errors(formValues({ ...namespace, namespaceEnabled: true }))).toEqual([
      'namespacePrefix: Enter a prefix',
      'namespaceTopics.0.glob: Use letters, digits and . _ - with * and ? as wildcards',
      'namespaceConsumerGroups.0.exactList: Enter at least one name, one per line',
    ])
  })

  it('asks each topic alias for its name and topic, once', () => {
    expect(
      errors(
        formValues({
          topicAliases: [
            { ...newTopicAlias(), alias: 'a', topic: 't' },
            { ...newTopicAlias(), alias: 'a', topic: '' },
          ],
        }),
      ),
    ).toEqual([
      'topicAliases.1.alias: a is already an alias above',
      'topicAliases.1.topic: Enter the topic it stands for',
    ])
  })

  it('tags each issue with a code and marks the stricter-than-spec ones', () => {
    const result = createVirtualClusterFormSchema({
      ...CREATE,
      anonymousAllowed: () => false,
    }).safeParse(formValues({ dnsLabel: 'Bad', authentication: [method('anonymous')] }))
    const codes = result.success ? [] : result.error.issues.map(formIssueCode)
    expect(codes).toEqual(['dns-label-pattern', 'anonymous-not-allowed'])
    expect(STRICTER_THAN_SPEC.has('anonymous-not-allowed')).toBe(true)
    expect(STRICTER_THAN_SPEC.has('dns-label-pattern')).toBe(false)
  })
})
