import { describe, expect, it } from 'vitest'
import type { InvalidParameter } from '../../../../api/api-types'
import { formValues, method } from '../virtual-cluster-fixtures.test-support'
import { newSelector, newTopicAlias } from '../virtual-cluster-form-values'
import { mapInvalidParameters } from './server-error-mapping'

const param = (field: string, reason = 'is wrong'): InvalidParameter => ({
  field,
  reason,
  rule: 'invalid',
  source: 'body',
})

const values = formValues({
  authentication: [
    method('sasl_plain', {
      plainMediation: 'terminate',
      principals: [{ username: 'svc', password: 'p', passwordStored: false, storedFor: null }],
    }),
    method('oauth_bearer', { audiences: [{ name: 'a' }] }),
    method('anonymous'),
  ],
  namespaceEnabled: true,
  namespaceTopics: [{ ...newSelector(), kind: 'exact_list', exactList: 'fx\nrates' }],
  namespaceConsumerGroups: [newSelector()],
  topicAliases: [newTopicAlias()],
  labels: [{ key: 'env', value: 'x' }],
})

function placed(field: string, reason?: string) {
  return mapInvalidParameters([param(field, reason)], values)
}

describe('mapInvalidParameters', () => {
  it.each([
    ['name', 'name'],
    ['description', 'description'],
    ['dns_label', 'dnsLabel'],
    ['destination', 'destination'],
    ['destination.id', 'destination'],
    ['acl_mode', 'aclMode'],
    ['authentication', 'authentication'],
    ['authentication[0]', 'authentication.0.kind'],
    ['authentication[0].mediation', 'authentication.0.plainMediation'],
    ['authentication[1].mediation', 'authentication.1.oauthMediation'],
    ['authentication[0].principals', 'authentication.0.principals'],
    ['authentication[0].principals[0].password', 'authentication.0.principals.0.password'],
    ['authentication[0].principals[0]', 'authentication.0.principals.0.username'],
    ['authentication[0].principals[7].password', 'authentication.0.principals'],
    ['authentication[1].jwks', 'authentication.1.jwksEndpoint'],
    ['authentication[1].jwks.timeout', 'authentication.1.jwksTimeout'],
    ['authentication[1].jwks.cache_expiration', 'authentication.1.jwksCacheExpiration'],
    ['authentication[1].validate.issuer', 'authentication.1.issuer'],
    ['authentication[1].validate.audiences[0].name', 'authentication.1.audiences.0.name'],
    ['authentication[1].validate.audiences', 'authentication.1.audiences'],
    ['authentication[1].claims_mapping.scope', 'authentication.1.claimScope'],
    ['authentication[0].fetch_kong_identity_principal', 'authentication.0.kongIdentity.enabled'],
    [
      'authentication[0].fetch_kong_identity_principal.fetch_by.key',
      'authentication.0.kongIdentity.fetchByKey',
    ],
    ['authentication[9]', 'authentication'],
    ['namespace', 'namespaceEnabled'],
    ['namespace.prefix', 'namespacePrefix'],
    ['namespace.mode', 'namespaceMode'],
    ['namespace.additional.topics[0].conflict', 'namespaceTopics.0.conflict'],
    ['namespace.additional.topics[0].type', 'namespaceTopics.0.exactList'],
    ['namespace.additional.consumer_groups[0].glob', 'namespaceConsumerGroups.0.glob'],
    ['topic_aliases', 'topicAliases'],
    ['topic_aliases[0].topic', 'topicAliases.0.topic'],
    ['labels.env', 'labels.0.value'],
  ])('puts %s on %s', (field, name) => {
    expect(placed(field).fieldErrors).toEqual([{ name, message: 'is wrong' }])
  })

  it('puts the anonymous-access refusal on the anonymous card', () => {
    expect(
      placed('authentication', 'anonymous authentication needs a backend cluster that allows it')
        .fieldErrors[0]?.name,
    ).toBe('authentication.2.kind')
  })

  it('names the entry of an exact list, which is one text field', () => {
    expect(placed('namespace.additional.topics[0].exact_list[1].backend').fieldErrors).toEqual([
      { name: 'namespaceTopics.0.exactList', message: 'rates — is wrong' },
    ])
  })

  it('returns what no field shows as text for the alert', () => {
    expect(
      mapInvalidParameters([param('bogus', 'is not allowed'), param('', 'conflict')], values),
    ).toEqual({ fieldErrors: [], unmatched: ['bogus: is not allowed', 'conflict'] })
  })
})
