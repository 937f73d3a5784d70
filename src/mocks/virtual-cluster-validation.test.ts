import { describe, expect, it } from 'vitest'
import type { InvalidParameter } from '../api/api-types'
import { SEED_CLUSTERS, SEED_VIRTUAL_CLUSTERS } from './seed/seed-curated-ids'
import { SEED_GATEWAYS } from './seed/seed-gateways'
import { callMockApi, validVirtualClusterBody, virtualClustersPath } from './testing/call-mock-api'
import { aStringMatching, anyString, TRACE_ID } from './testing/typed-matchers'

const payments = SEED_GATEWAYS.payments.id
const AUTH_CHOICES = ['anonymous', 'sasl_plain', 'sasl_scram', 'oauth_bearer', 'client_certificate']

async function problemsFor(
  body: unknown,
  {
    method = 'POST',
    gatewayId = payments,
    virtualClusterId = SEED_VIRTUAL_CLUSTERS.ledgerAudit.id,
  }: { method?: 'POST' | 'PUT'; gatewayId?: string; virtualClusterId?: string } = {},
): Promise<InvalidParameter[]> {
  const path =
    method === 'POST'
      ? virtualClustersPath(gatewayId)
      : virtualClustersPath(gatewayId, virtualClusterId)
  const answer = await callMockApi(path, { method, body })
  expect(answer.status).toBe(400)
  expect(answer.contentType).toContain('application/problem+json')
  expect(answer.json).toMatchObject({
    status: 400,
    title: 'Bad Request',
    instance: aStringMatching(TRACE_ID),
    detail: anyString(),
  })
  return (answer.json as { invalid_parameters: InvalidParameter[] }).invalid_parameters
}

const terminate = (principals: unknown[]) => [
  { type: 'sasl_plain', mediation: 'terminate', principals },
]

describe('virtual cluster body validation', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['a missing name', { name: undefined }, { field: 'name', rule: 'required' }],
    ['a name with a leading dot', { name: '.orders' }, { field: 'name', rule: 'matches_regex' }],
    ['a missing DNS label', { dns_label: undefined }, { field: 'dns_label', rule: 'required' }],
    [
      'a DNS label with capitals',
      { dns_label: 'Orders' },
      { field: 'dns_label', rule: 'matches_regex' },
    ],
    [
      'a 64-character DNS label',
      { dns_label: 'a'.repeat(64) },
      { field: 'dns_label', rule: 'max_length', maximum: 63 },
    ],
    [
      'an unknown ACL mode',
      { acl_mode: 'deny' },
      { field: 'acl_mode', rule: 'enum', choices: ['enforce_on_gateway', 'passthrough'] },
    ],
    [
      'a missing destination',
      { destination: undefined },
      { field: 'destination', rule: 'required' },
    ],
    [
      'a destination with neither id nor name',
      { destination: {} },
      {
        field: 'destination',
        rule: 'required',
        reason: 'must have one of the properties id, name',
      },
    ],
    [
      'a destination as a string',
      { destination: 'payments-core' },
      { field: 'destination', rule: 'is_object' },
    ],
    [
      'a destination name with a leading dash',
      { destination: { name: '-core' } },
      { field: 'destination.name', rule: 'matches_regex' },
    ],
    [
      'an unknown property in the destination',
      { destination: { id: SEED_CLUSTERS.paymentsCore.id, cluster: 'x' } },
      { field: 'destination.cluster', rule: 'unknown_property' },
    ],
    [
      'no authentication method',
      { authentication: [] },
      { field: 'authentication', rule: 'min_items', minimum: 1 },
    ],
    [
      'authentication as an object',
      { authentication: { type: 'anonymous' } },
      { field: 'authentication', rule: 'is_array' },
    ],
    [
      'a method that is not an object',
      { authentication: [{ type: 'sasl_scram', algorithm: 'sha256' }, 'anonymous'] },
      { field: 'authentication[1]', rule: 'is_object' },
    ],
    [
      'a method of an unknown type',
      { authentication: [{ type: 'kerberos' }] },
      { field: 'authentication[0].type', rule: 'enum', choices: AUTH_CHOICES },
    ],
    [
      'a method without a type',
      { authentication: [{ mediation: 'terminate' }] },
      { field: 'authentication[0].type', rule: 'enum', choices: AUTH_CHOICES },
    ],
    [
      'an unknown property on the anonymous method',
      { authentication: [{ type: 'anonymous', username: 'x' }] },
      { field: 'authentication[0].username', rule: 'unknown_property' },
    ],
    [
      'a SASL/PLAIN method without mediation',
      { authentication: [{ type: 'sasl_plain' }] },
      { field: 'authentication[0].mediation', rule: 'required' },
    ],
    [
      'a SASL/PLAIN principal without a password on create',
      { authentication: [{ type: 'anonymous' }, ...terminate([{ username: 'svc' }])] },
      { field: 'authentication[1].principals[0].password', rule: 'required' },
    ],
    [
      'an empty principal list on create',
      { authentication: terminate([]) },
      { field: 'authentication[0].principals', rule: 'min_items', minimum: 1 },
    ],
    [
      'an unknown property on a principal',
      { authentication: terminate([{ username: 'svc', password: 'pw', role: 'admin' }]) },
      { field: 'authentication[0].principals[0].role', rule: 'unknown_property' },
    ],
    [
      'a SCRAM method without algorithm',
      { authentication: [{ type: 'sasl_scram' }] },
      { field: 'authentication[0].algorithm', rule: 'required' },
    ],
    [
      'an OAuth mediation that does not exist',
      { authentication: [{ type: 'oauth_bearer', mediation: 'relay' }] },
      {
        field: 'authentication[0].mediation',
        rule: 'enum',
        choices: ['passthrough', 'validate_forward', 'terminate'],
      },
    ],
    [
      'a JWKS without endpoint',
      { authentication: [{ type: 'oauth_bearer', mediation: 'terminate', jwks: {} }] },
      { field: 'authentication[0].jwks.endpoint', rule: 'required' },
    ],
    [
      'an empty audience list',
      {
        authentication: [
          { type: 'oauth_bearer', mediation: 'validate_forward', validate: { audiences: [] } },
        ],
      },
      { field: 'authentication[0].validate.audiences', rule: 'min_items', minimum: 1 },
    ],
    [
      'a Kong Identity lookup without fetch_by',
      {
        authentication: [
          {
            type: 'sasl_scram',
            algorithm: 'sha256',
            fetch_kong_identity_principal: { directory: 'd', failure_mode: 'error' },
          },
        ],
      },
      { field: 'authentication[0].fetch_kong_identity_principal.fetch_by', rule: 'required' },
    ],
    [
      'an unknown namespace mode',
      { namespace: { mode: 'hide', prefix: 'p_' } },
      { field: 'namespace.mode', rule: 'enum', choices: ['hide_prefix', 'enforce_prefix'] },
    ],
    [
      'an empty namespace prefix',
      { namespace: { mode: 'hide_prefix', prefix: '' } },
      { field: 'namespace.prefix', rule: 'min_length', minimum: 1 },
    ],
    [
      'a topic selector of an unknown type',
      {
        namespace: {
          mode: 'hide_prefix',
          prefix: 'p_',
          additional: { topics: [{ type: 'regex' }] },
        },
      },
      {
        field: 'namespace.additional.topics[0].type',
        rule: 'enum',
        choices: ['glob', 'exact_list'],
      },
    ],
    [
      'a consumer group glob with a space',
      {
        namespace: {
          mode: 'hide_prefix',
          prefix: 'p_',
          additional: { consumer_groups: [{ type: 'glob', glob: 'team *' }] },
        },
      },
      { field: 'namespace.additional.consumer_groups[0].glob', rule: 'matches_regex' },
    ],
    [
      'an unknown property in an exact list',
      {
        namespace: {
          mode: 'enforce_prefix',
          prefix: 'p_',
          additional: {
            topics: [{ type: 'exact_list', exact_list: [{ backend: 't', alias: 'x' }] }],
          },
        },
      },
      { field: 'namespace.additional.topics[0].exact_list[0].alias', rule: 'unknown_property' },
    ],
    [
      'a topic alias without topic',
      { topic_aliases: [{ alias: 'orders' }] },
      { field: 'topic_aliases[0].topic', rule: 'required' },
    ],
    [
      'an unknown alias conflict mode',
      { topic_aliases: [{ alias: 'a', topic: 't', conflict: 'fail' }] },
      { field: 'topic_aliases[0].conflict', rule: 'enum', choices: ['warn', 'ignore'] },
    ],
    [
      'a reserved label key',
      { labels: { konnect_env: 'x' } },
      { field: 'labels.konnect_env', rule: 'is_label' },
    ],
    ['an unknown top-level property', { id: 'mine' }, { field: 'id', rule: 'unknown_property' }],
  ])('reports %s', async (_, change, expected) => {
    const problems = await problemsFor(validVirtualClusterBody(change))
    expect(problems).toEqual([{ source: 'body', reason: anyString(), ...expected }])
  })

  it('reports every problem at once, each once', async () => {
    const problems = await problemsFor(
      validVirtualClusterBody({
        name: '',
        dns_label: '-x',
        acl_mode: undefined,
        authentication: [{ type: 'anonymous', extra: true }, { type: 'sasl_plain' }],
      }),
    )
    expect(problems.map((p) => p.field).sort()).toEqual([
      'acl_mode',
      'authentication[0].extra',
      'authentication[1].mediation',
      'dns_label',
      'name',
      'name',
    ])
  })

  it('lets a PUT leave a principal password out, then asks for it when none is stored', async () => {
    // The replace schema makes principal passwords optional; the store decides (see secrets tests).
    const body = validVirtualClusterBody({
      name: 'ledger-audit',
      dns_label: 'ledger-audit',
      authentication: terminate([{ username: 'svc' }]),
    })
    const problems = await problemsFor(body, { method: 'PUT' })
    expect(problems).toEqual([
      {
        field: 'authentication[0].principals[0].password',
        rule: 'required',
        reason: anyString(),
        source: 'body',
      },
    ])
  })

  it('answers 400 for a body that is not JSON, or not an object', async () => {
    const raw = await callMockApi(virtualClustersPath(payments), { method: 'POST', rawBody: '{' })
    expect(raw.status).toBe(400)
    expect(raw.json).toMatchObject({ invalid_parameters: [{ field: 'body', rule: 'invalid' }] })
    expect(await problemsFor([])).toEqual([
      { field: 'body', rule: 'is_object', reason: anyString(), source: 'body' },
    ])
  })
})

describe('runtime version gates (x-min-runtime-version)', () => {
  const legacy = SEED_GATEWAYS.legacy.id // runtime 1.0
  const orders = SEED_GATEWAYS.orders.id // runtime 1.1
  const legacyBody = (change: Record<string, unknown>) =>
    validVirtualClusterBody({ destination: { id: SEED_CLUSTERS.warehouseEvents.id }, ...change })
  const ordersBody = (change: Record<string, unknown>) =>
    validVirtualClusterBody({ destination: { id: SEED_CLUSTERS.ordersMsk.id }, ...change })
  const identity = { directory: 'services', fetch_by: { key: 'user' }, failure_mode: 'error' }

  it('refuses client_certificate below 1.1, on the method', async () => {
    const problems = await problemsFor(
      legacyBody({
        authentication: [
          { type: 'sasl_scram', algorithm: 'sha256' },
          { type: 'client_certificate' },
        ],
      }),
      { gatewayId: legacy },
    )
    expect(problems).toEqual([
      {
        field: 'authentication[1]',
        rule: 'invalid',
        reason: 'requires a minimum runtime version of 1.1; this event gateway runs 1.0',
        source: 'body',
      },
    ])
    const allowed = await callMockApi(virtualClustersPath(orders), {
      method: 'POST',
      body: ordersBody({ authentication: [{ type: 'client_certificate' }] }),
    })
    expect(allowed.status).toBe(201)
  })

  it('refuses a Kong Identity lookup below 1.2, on every method that has one', async () => {
    const problems = await problemsFor(
      ordersBody({
        authentication: [
          { type: 'sasl_scram', algorithm: 'sha512', fetch_kong_identity_principal: identity },
          {
            type: 'oauth_bearer',
            mediation: 'terminate',
            fetch_kong_identity_principal: { directory: 'partners', failure_mode: 'ignore' },
          },
        ],
      }),
      { gatewayId: orders },
    )
    expect(problems.map((p) => [p.field, p.rule, p.reason])).toEqual([
      [
        'authentication[0].fetch_kong_identity_principal',
        'invalid',
        'requires a minimum runtime version of 1.2; this event gateway runs 1.1',
      ],
      [
        'authentication[1].fetch_kong_identity_principal',
        'invalid',
        'requires a minimum runtime version of 1.2; this event gateway runs 1.1',
      ],
    ])
  })

  it('refuses topic aliases below 1.2, but lets an empty list through', async () => {
    const problems = await problemsFor(
      ordersBody({ topic_aliases: [{ alias: 'a', topic: 'b' }] }),
      { gatewayId: orders },
    )
    expect(problems).toEqual([
      { field: 'topic_aliases', rule: 'invalid', reason: anyString(), source: 'body' },
    ])
    const empty = await callMockApi(virtualClustersPath(orders), {
      method: 'POST',
      body: ordersBody({ topic_aliases: [] }),
    })
    expect(empty.status).toBe(201)
    expect(empty.json).toMatchObject({ topic_aliases: [] })
  })

  it('allows all of them on a 1.2 gateway', async () => {
    const answer = await callMockApi(virtualClustersPath(payments), {
      method: 'POST',
      body: validVirtualClusterBody({
        authentication: [{ type: 'client_certificate', fetch_kong_identity_principal: identity }],
        topic_aliases: [{ alias: 'a', topic: 'b' }],
      }),
    })
    expect(answer.status).toBe(201)
  })

  it('applies the gates on PUT too', async () => {
    const problems = await problemsFor(
      legacyBody({
        name: 'warehouse-readonly',
        dns_label: 'warehouse-readonly',
        authentication: [{ type: 'client_certificate' }],
      }),
      {
        gatewayId: legacy,
        method: 'PUT',
        virtualClusterId: SEED_VIRTUAL_CLUSTERS.warehouseReadonly.id,
      },
    )
    expect(problems).toMatchObject([{ field: 'authentication[0]', rule: 'invalid' }])
  })

  it('refuses a principal password or username that is an expression other than a vault reference', async () => {
    const body = validVirtualClusterBody({
      authentication: terminate([
        { username: 'alice', password: "${env['ALICE']}" },
        { username: '${user}', password: "${vault.env['BOB']}" },
      ]),
    })
    const problems = await problemsFor(body)
    expect(problems.sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      {
        field: 'authentication[0].principals[0].password',
        rule: 'invalid',
        reason: aStringMatching(/vault\.env\['ALICE'\]/),
        source: 'body',
      },
      {
        field: 'authentication[0].principals[1].username',
        rule: 'invalid',
        reason: aStringMatching(/Only vault references/),
        source: 'body',
      },
    ])
  })
})
