// fast-check arbitraries for virtual-cluster form values that mix valid and invalid pieces, weighted
// towards valid so that "form accepts", "both reject" and "form stricter" all happen often.
import fc from 'fast-check'
import {
  ACL_MODES,
  AUTH_METHOD_KINDS,
  CONFLICT_MODES,
  FAILURE_MODES,
  NAMESPACE_MODES,
  OAUTH_MEDIATIONS,
  PLAIN_MEDIATIONS,
  SCRAM_ALGORITHMS,
  SELECTOR_KINDS,
} from '../virtual-cluster-form-values'
import type {
  AuthMethodValues,
  SelectorValues,
  VirtualClusterFormValues,
} from '../virtual-cluster-form-values'

export const REFERENCE = "${vault.env['KAFKA_SECRET']}"
export const DESTINATION = { id: '3e383c6c-3829-4064-a28b-ad2b4222bd3d', name: 'payments-core' }

function mostly<T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: invalid, weight: 1 })
}

const text = (valid: readonly string[], invalid: readonly string[]) =>
  mostly(fc.constantFrom(...valid), fc.constantFrom(...invalid))

const principal = fc.record({
  username: text(['svc', 'alice', REFERENCE, 'svc'], ['', ' ', ' svc ', '${env.USER}']),
  password: text(['p@ss', ' spaced ', REFERENCE], ['', '${secret}']),
  passwordStored: fc.boolean(),
  storedFor: fc.option(
    fc.record({ username: fc.constantFrom('svc', 'alice'), plainRank: fc.nat({ max: 1 }) }),
    { nil: null },
  ),
})

const kongIdentity = fc.record({
  enabled: fc.boolean(),
  directory: text(['payments', 'dir 1'], ['', '  ']),
  fetchByKey: text(['kafka_username'], ['', ' ']),
  failureMode: fc.constantFrom(...FAILURE_MODES),
})

const method: fc.Arbitrary<AuthMethodValues> = fc.record({
  kind: fc.constantFrom(...AUTH_METHOD_KINDS),
  plainMediation: fc.constantFrom(...PLAIN_MEDIATIONS),
  principals: fc.array(principal, { maxLength: 3 }),
  scramAlgorithm: fc.constantFrom(...SCRAM_ALGORITHMS),
  oauthMediation: fc.constantFrom(...OAUTH_MEDIATIONS),
  jwksEndpoint: text(
    ['https://login.example.com/jwks.json', ' https://a.example/k ', ''],
    ['not a url', 'ftp://x/y', ' '],
  ),
  jwksTimeout: text(['', '10s', '5s', '1m30s', '250ms'], ['soon', ' ', '10']),
  jwksCacheExpiration: text(['', '1h', '15m'], ['an hour', ' ']),
  issuer: text(['', 'https://login.example.com/', ' spaced'], [' ']),
  audiences: fc.array(fc.record({ name: text(['payments', ' a '], ['', ' ']) }), {
    maxLength: 2,
  }),
  claimSub: text(['', 'client_id'], [' ']),
  claimScope: text(['', 'scp'], ['  ']),
  kongIdentity,
})

const selector: fc.Arbitrary<SelectorValues> = fc.record({
  kind: fc.constantFrom(...SELECTOR_KINDS),
  glob: text(['reference_*', 'a?b', 'x.y-z'], ['', 'a b', '*/x', ' a*']),
  exactList: text(['fx_rates', 'a\nb', ' a \n\n b '], ['', '\n \n']),
  conflict: fc.constantFrom(...CONFLICT_MODES),
})

const alias = fc.record({
  alias: text(['card-events', 'settlements', 'card-events'], ['', ' ']),
  topic: text(['card_authorisations', ' t '], ['', ' ']),
  condition: fc.constantFrom('', "context.auth.principal.name == 'a'"),
  conflict: fc.constantFrom(...CONFLICT_MODES),
})

const NAME_CHARS = ['a', 'Z', '5', 'é', '漢', ' ', '_', '-', '.', ':', '/', '+', "'"]

export const formValuesArbitrary: fc.Arbitrary<VirtualClusterFormValues> = fc.record({
  name: mostly(
    fc.array(fc.constantFrom(...NAME_CHARS), { maxLength: 6 }).map((c) => `a${c.join('')}b`),
    fc.constantFrom('', 'a', '-a-', 'x!', ' ', 'é'.repeat(256)),
  ),
  description: mostly(fc.string({ maxLength: 12 }), fc.constantFrom('x'.repeat(513))),
  dnsLabel: text(
    ['payments-public', 'a', 'vc1', ' padded ', 'a'.repeat(63)],
    ['', 'Payments', '-a', 'a_b', 'a'.repeat(64), 'a-'],
  ),
  destination: mostly(fc.constant(DESTINATION), fc.constantFrom(null, { id: '', name: '' })),
  authentication: mostly(
    fc.array(method, { minLength: 1, maxLength: 3 }),
    fc.constant<AuthMethodValues[]>([]),
  ),
  aclMode: fc.constantFrom(...ACL_MODES),
  namespaceEnabled: fc.boolean(),
  namespaceMode: fc.constantFrom(...NAMESPACE_MODES),
  namespacePrefix: text(['public_', ' p '], ['', '  ']),
  namespaceTopics: fc.array(selector, { maxLength: 2 }),
  namespaceConsumerGroups: fc.array(selector, { maxLength: 2 }),
  topicAliases: fc.array(alias, { maxLength: 2 }),
  labels: fc.array(
    fc.record({
      key: text(['env', 'team'], ['', 'kong-x']),
      value: text(['prod', 'a.b'], ['', '-x']),
    }),
    { maxLength: 2 },
  ),
})
