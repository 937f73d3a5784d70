import { describe, expect, it } from 'vitest'
import { formValues, method, PAYMENTS_CORE } from '../virtual-cluster-fixtures.test-support'
import { newSelector } from '../virtual-cluster-form-values'
import { apiVirtualCluster } from '../virtual-cluster-fixtures.test-support'
import { toFormValues } from './virtual-cluster-form-from-api'
import { toCreateRequest, toRequestBody, toUpdateRequest } from './virtual-cluster-request-mapper'

const REFERENCE = "${vault.env['MOBILE_APP_KAFKA_PASSWORD']}"

describe('toCreateRequest', () => {
  it('builds the smallest body in the spec order, leaving defaults out', () => {
    const body = toCreateRequest(formValues({ name: '  payments-public  ' }))
    expect(JSON.stringify(body)).toBe(
      '{"name":"payments-public","destination":{"id":"3e383c6c-3829-4064-a28b-ad2b4222bd3d"},"authentication":[{"type":"sasl_scram","algorithm":"sha256"}],"acl_mode":"passthrough","dns_label":"payments-public"}',
    )
  })

  it('sends the methods in the order of the form, each with only its own settings', () => {
    const body = toCreateRequest(
      formValues({
        authentication: [
          method('oauth_bearer', {
            oauthMediation: 'validate_forward',
            jwksEndpoint: ' https://login.example.com/jwks ',
            jwksTimeout: '10s',
            jwksCacheExpiration: '15m',
            issuer: 'https://login.example.com/',
            audiences: [{ name: 'payments' }],
            claimSub: 'client_id',
            // Settings of other kinds are ignored.
            plainMediation: 'terminate',
            scramAlgorithm: 'sha512',
          }),
          method('sasl_plain', {
            plainMediation: 'terminate',
            principals: [
              { username: 'checkout-web', password: 'pw', passwordStored: false, storedFor: null },
              {
                username: 'mobile-app',
                password: REFERENCE,
                passwordStored: false,
                storedFor: null,
              },
            ],
            kongIdentity: {
              enabled: true,
              directory: 'payments',
              fetchByKey: 'kafka_username',
              failureMode: 'ignore',
            },
          }),
          method('anonymous', {
            kongIdentity: { enabled: true, directory: 'x', fetchByKey: 'y', failureMode: 'error' },
          }),
          method('client_certificate'),
        ],
      }),
    )
    expect(body.authentication).toStrictEqual([
      {
        type: 'oauth_bearer',
        mediation: 'validate_forward',
        claims_mapping: { sub: 'client_id' },
        jwks: { endpoint: 'https://login.example.com/jwks', cache_expiration: '15m' },
        validate: { audiences: [{ name: 'payments' }], issuer: 'https://login.example.com/' },
      },
      {
        type: 'sasl_plain',
        mediation: 'terminate',
        principals: [
          { username: 'checkout-web', password: 'pw' },
          { username: 'mobile-app', password: REFERENCE },
        ],
        fetch_kong_identity_principal: {
          directory: 'payments',
          fetch_by: { key: 'kafka_username' },
          failure_mode: 'ignore',
        },
      },
      { type: 'anonymous' },
      { type: 'client_certificate' },
    ])
  })

  it('looks an OAuth principal up without a key', () => {
    const body = toCreateRequest(
      formValues({
        authentication: [
          method('oauth_bearer', {
            kongIdentity: {
              enabled: true,
              directory: 'partners',
              fetchByKey: 'k',
              failureMode: 'error',
            },
          }),
        ],
      }),
    )
    expect(body.authentication[0]).toStrictEqual({
      type: 'oauth_bearer',
      mediation: 'passthrough',
      fetch_kong_identity_principal: { directory: 'partners', failure_mode: 'error' },
    })
  })

  it('sends a namespace only while it is on, with its extra topics and groups', () => {
    const namespace = {
      namespaceMode: 'enforce_prefix' as const,
      namespacePrefix: 'partner_',
      namespaceTopics: [
        { ...newSelector(), glob: 'reference_*', conflict: 'ignore' as const },
        { ...newSelector(), kind: 'exact_list' as const, exactList: ' fx_rates \n\n currencies\n' },
      ],
      namespaceConsumerGroups: [
        { ...newSelector(), kind: 'exact_list' as const, exactList: 'monitor' },
      ],
    }
    expect(toCreateRequest(formValues(namespace))).not.toHaveProperty('namespace')
    expect(
      toCreateRequest(formValues({ ...namespace, namespaceEnabled: true })).namespace,
    ).toStrictEqual({
      mode: 'enforce_prefix',
      prefix: 'partner_',
      additional: {
        topics: [
          { type: 'glob', glob: 'reference_*', conflict: 'ignore' },
          { type: 'exact_list', exact_list: [{ backend: 'fx_rates' }, { backend: 'currencies' }] },
        ],
        consumer_groups: [{ type: 'exact_list', exact_list: [{ value: 'monitor' }] }],
      },
    })
  })

  it('sends topic aliases without their defaults, and labels without blank rows', () => {
    const body = toCreateRequest(
      formValues({
        topicAliases: [
          { alias: 'card-events', topic: 'cards', condition: '', conflict: 'warn' },
          { alias: 'b', topic: 't', condition: "context.auth.type == 'x'", conflict: 'ignore' },
        ],
        labels: [
          { key: 'env', value: 'prod' },
          { key: '', value: '' },
        ],
        description: 'Storefront',
        aclMode: 'enforce_on_gateway',
      }),
    )
    expect(body.topic_aliases).toStrictEqual([
      { alias: 'card-events', topic: 'cards' },
      { alias: 'b', topic: 't', condition: "context.auth.type == 'x'", conflict: 'ignore' },
    ])
    expect(body.labels).toStrictEqual({ env: 'prod' })
    expect(Object.keys(body)).toEqual([
      'name',
      'description',
      'destination',
      'authentication',
      'topic_aliases',
      'acl_mode',
      'dns_label',
      'labels',
    ])
  })

  it('shows a missing destination as an empty id in the preview', () => {
    expect(toCreateRequest(formValues({ destination: null })).destination).toStrictEqual({ id: '' })
    expect(toCreateRequest(formValues()).destination).toStrictEqual({ id: PAYMENTS_CORE.id })
  })
})

describe('list entries', () => {
  it('sends exact-list names and audiences trimmed, without empty entries', () => {
    const body = toCreateRequest(
      formValues({
        authentication: [
          method('oauth_bearer', {
            audiences: [{ name: ' payments ' }, { name: '' }, { name: 'partners\t' }],
          }),
        ],
        namespaceEnabled: true,
        namespacePrefix: 'p_',
        namespaceTopics: [
          { ...newSelector(), kind: 'exact_list', exactList: ' fx \r\n\n  \nrates ' },
        ],
        namespaceConsumerGroups: [
          { ...newSelector(), kind: 'exact_list', exactList: '\n monitor\r\n' },
        ],
      }),
    )
    expect(body.authentication[0]).toMatchObject({
      validate: { audiences: [{ name: 'payments' }, { name: 'partners' }] },
    })
    expect(body.namespace?.additional).toStrictEqual({
      topics: [{ type: 'exact_list', exact_list: [{ backend: 'fx' }, { backend: 'rates' }] }],
      consumer_groups: [{ type: 'exact_list', exact_list: [{ value: 'monitor' }] }],
    })
  })

  it('round-trips exact lists and audiences from the API unchanged (API → form → API)', () => {
    const saved = apiVirtualCluster({
      authentication: [
        {
          type: 'oauth_bearer',
          mediation: 'validate_forward',
          jwks: { endpoint: 'https://login.example.com/jwks' },
          validate: { audiences: [{ name: 'payments' }, { name: 'partners.v2' }] },
        },
      ],
      namespace: {
        mode: 'hide_prefix',
        prefix: 'p_',
        additional: {
          topics: [
            {
              type: 'exact_list',
              exact_list: [{ backend: 'fx_rates' }, { backend: 'a.b-c' }],
              conflict: 'ignore',
            },
          ],
          consumer_groups: [{ type: 'exact_list', exact_list: [{ value: 'monitor-1' }] }],
        },
      },
    })
    const body = toUpdateRequest(toFormValues(saved))
    expect(body.authentication).toStrictEqual(saved.authentication)
    expect(body.namespace).toStrictEqual(saved.namespace)
  })
})

describe('toUpdateRequest', () => {
  const principals = [
    {
      username: 'kept',
      password: '',
      passwordStored: true,
      storedFor: { username: 'kept', plainRank: 0 },
    },
    {
      username: 'replaced',
      password: 'new-pw',
      passwordStored: true,
      storedFor: { username: 'replaced', plainRank: 0 },
    },
    { username: 'reference', password: REFERENCE, passwordStored: false, storedFor: null },
  ]

  it('leaves a stored password out unless it is replaced, so Konnect keeps it', () => {
    const values = formValues({
      authentication: [method('sasl_plain', { plainMediation: 'terminate', principals })],
    })
    expect(toUpdateRequest(values).authentication[0]).toStrictEqual({
      type: 'sasl_plain',
      mediation: 'terminate',
      principals: [
        { username: 'kept' },
        { username: 'replaced', password: 'new-pw' },
        { username: 'reference', password: REFERENCE },
      ],
    })
    expect(toRequestBody('create', values).authentication[0]).toMatchObject({
      principals: [{ username: 'kept', password: '' }, {}, {}],
    })
  })

  it('keeps principals stored under passthrough', () => {
    const values = formValues({
      authentication: [method('sasl_plain', { principals: principals.slice(2) })],
    })
    expect(toUpdateRequest(values).authentication[0]).toStrictEqual({
      type: 'sasl_plain',
      mediation: 'passthrough',
      principals: [{ username: 'reference', password: REFERENCE }],
    })
  })
})
