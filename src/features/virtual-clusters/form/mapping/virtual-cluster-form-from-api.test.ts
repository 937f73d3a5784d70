import { describe, expect, it } from 'vitest'
import { apiVirtualCluster } from '../virtual-cluster-fixtures.test-support'
import { toDuplicateFormValues } from './virtual-cluster-duplicate'
import {
  hasHiddenPasswords,
  storedPrincipalUsernames,
  toFormValues,
} from './virtual-cluster-form-from-api'

const REFERENCE = "${vault.env['MOBILE_APP_KAFKA_PASSWORD']}"

const withPrincipals = apiVirtualCluster({
  name: 'payments-public',
  dns_label: 'payments-public',
  authentication: [
    {
      type: 'sasl_plain',
      mediation: 'terminate',
      principals: [
        { username: 'checkout-web' },
        { username: 'mobile-app', password: REFERENCE },
        // An API that wrongly returned a plaintext password must not get it into the form.
        { username: 'leaky', password: 'plaintext!' },
      ],
    },
    { type: 'anonymous' },
    { type: 'sasl_plain', mediation: 'passthrough', principals: [{ username: 'second' }] },
  ],
})

describe('toFormValues', () => {
  it('shows references, and hidden passwords as stored', () => {
    const values = toFormValues(withPrincipals)
    expect(values.authentication[0]?.principals).toEqual([
      {
        username: 'checkout-web',
        password: '',
        passwordStored: true,
        storedFor: { username: 'checkout-web', plainRank: 0 },
      },
      { username: 'mobile-app', password: REFERENCE, passwordStored: false, storedFor: null },
      {
        username: 'leaky',
        password: '',
        passwordStored: true,
        storedFor: { username: 'leaky', plainRank: 0 },
      },
    ])
    // Konnect keeps a password per SASL/PLAIN method by rank: the second method's is rank 1.
    expect(values.authentication[2]?.principals[0]?.storedFor).toEqual({
      username: 'second',
      plainRank: 1,
    })
    expect(JSON.stringify(values)).not.toContain('plaintext!')
    expect(hasHiddenPasswords(withPrincipals)).toBe(true)
    expect(hasHiddenPasswords(apiVirtualCluster())).toBe(false)
  })

  it('lists the usernames Konnect holds passwords for, per SASL/PLAIN method in order', () => {
    expect(storedPrincipalUsernames(withPrincipals)).toEqual([
      ['checkout-web', 'mobile-app', 'leaky'],
      ['second'],
    ])
  })

  it('turns a namespace, its selectors and the aliases into form rows', () => {
    const values = toFormValues(
      apiVirtualCluster({
        namespace: {
          mode: 'enforce_prefix',
          prefix: 'partner_',
          additional: {
            topics: [
              {
                type: 'exact_list',
                exact_list: [{ backend: 'a' }, { backend: 'b' }],
                conflict: 'ignore',
              },
            ],
            consumer_groups: [{ type: 'glob', glob: 'g-*' }],
          },
        },
        topic_aliases: [{ alias: 'x', topic: 'y', condition: '', conflict: 'warn' }],
      }),
    )
    expect(values).toMatchObject({
      namespaceEnabled: true,
      namespaceMode: 'enforce_prefix',
      namespacePrefix: 'partner_',
      namespaceTopics: [{ kind: 'exact_list', exactList: 'a\nb', conflict: 'ignore' }],
      namespaceConsumerGroups: [{ kind: 'glob', glob: 'g-*' }],
      topicAliases: [{ alias: 'x', topic: 'y', condition: '', conflict: 'warn' }],
    })
  })
})

describe('toDuplicateFormValues', () => {
  it('copies every setting under a free name and DNS label, without hidden passwords', () => {
    const values = toDuplicateFormValues(withPrincipals, {
      names: ['payments-public-copy'],
      dnsLabels: ['payments-public', 'payments-public-copy', 'payments-public-copy-2'],
    })
    expect(values.name).toBe('payments-public-copy-2')
    expect(values.dnsLabel).toBe('payments-public-copy-3')
    expect(values.authentication.flatMap((method) => method.principals)).toEqual([
      { username: 'checkout-web', password: '', passwordStored: false, storedFor: null },
      { username: 'mobile-app', password: REFERENCE, passwordStored: false, storedFor: null },
      { username: 'leaky', password: '', passwordStored: false, storedFor: null },
      { username: 'second', password: '', passwordStored: false, storedFor: null },
    ])
    expect(values.destination).toEqual(withPrincipals.destination)
  })

  it('keeps a long DNS label within 63 characters', () => {
    const label = `${'a'.repeat(60)}-bc`
    const values = toDuplicateFormValues(apiVirtualCluster({ dns_label: label }), {
      names: [],
      dnsLabels: [],
    })
    expect(values.dnsLabel).toBe(`${'a'.repeat(58)}-copy`)
  })
})
