import { describe, expect, it } from 'vitest'
import type { InvalidParameter } from '../api/api-types'
import { SEED_CLUSTERS } from './seed/seed-curated-ids'
import { SEED_GATEWAYS } from './seed/seed-gateways'
import { callMockApi, clustersPath, validClusterBody } from './testing/call-mock-api'
import { aStringContaining, aStringMatching, anyString, TRACE_ID } from './testing/typed-matchers'

const gatewayId = SEED_GATEWAYS.payments.id

async function problemsFor(body: unknown, method: 'POST' | 'PUT' = 'POST') {
  const path =
    method === 'POST'
      ? clustersPath(gatewayId)
      : clustersPath(gatewayId, SEED_CLUSTERS.paymentsDev.id)
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

const scram = { type: 'sasl_scram', algorithm: 'sha512', username: 'u', password: 'p' }

describe('backend cluster body validation', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      'a missing name',
      { name: undefined },
      { field: 'name', rule: 'required', reason: 'is a required field' },
    ],
    ['a name with a leading dash', { name: '-orders' }, { field: 'name', rule: 'matches_regex' }],
    [
      'a 256-character name',
      { name: 'a'.repeat(256) },
      {
        field: 'name',
        rule: 'max_length',
        maximum: 255,
        reason: 'must not have more than 255 characters',
      },
    ],
    ['a name that is a number', { name: 42 }, { field: 'name', rule: 'is_string' }],
    [
      'a 513-character description',
      { description: 'd'.repeat(513) },
      { field: 'description', rule: 'max_length', maximum: 512 },
    ],
    [
      'an empty server list',
      { bootstrap_servers: [] },
      { field: 'bootstrap_servers', rule: 'min_items', minimum: 1 },
    ],
    [
      'a server without a port',
      { bootstrap_servers: ['ok:9092', 'kafka-2.internal'] },
      { field: 'bootstrap_servers[1]', rule: 'matches_regex' },
    ],
    [
      'servers as a string',
      { bootstrap_servers: 'kafka:9092' },
      { field: 'bootstrap_servers', rule: 'is_array' },
    ],
    ['tls as a boolean', { tls: true }, { field: 'tls', rule: 'is_object' }],
    ['tls without enabled', { tls: {} }, { field: 'tls.enabled', rule: 'required' }],
    [
      'tls.enabled as a string',
      { tls: { enabled: 'yes' } },
      { field: 'tls.enabled', rule: 'is_boolean' },
    ],
    [
      'an empty CA bundle',
      { tls: { enabled: true, ca_bundle: '' } },
      { field: 'tls.ca_bundle', rule: 'min_length', minimum: 1 },
    ],
    [
      'an unknown TLS version',
      { tls: { enabled: true, tls_versions: ['tls11'] } },
      { field: 'tls.tls_versions[0]', rule: 'enum', choices: ['tls12', 'tls13'] },
    ],
    [
      'a client identity without key',
      { tls: { enabled: true, client_identity: { certificate: 'C' } } },
      { field: 'tls.client_identity.key', rule: 'required' },
    ],
    [
      'an unknown TLS property',
      { tls: { enabled: true, foo: 1 } },
      { field: 'tls.foo', rule: 'unknown_property', reason: 'unknown property' },
    ],
    [
      'an unknown top-level property',
      { bogus: true },
      { field: 'bogus', rule: 'unknown_property' },
    ],
    [
      'an interval of 0',
      { metadata_update_interval_seconds: 0 },
      { field: 'metadata_update_interval_seconds', rule: 'min', minimum: 1 },
    ],
    [
      'an interval over 12 hours',
      { metadata_update_interval_seconds: 43201 },
      { field: 'metadata_update_interval_seconds', rule: 'max', maximum: 43200 },
    ],
    [
      'a fractional interval',
      { metadata_update_interval_seconds: 1.5 },
      { field: 'metadata_update_interval_seconds', rule: 'is_integer' },
    ],
    [
      'a non-boolean anonymous flag',
      { insecure_allow_anonymous_virtual_cluster_auth: 'no' },
      { field: 'insecure_allow_anonymous_virtual_cluster_auth', rule: 'is_boolean' },
    ],
    [
      'a label value with spaces',
      { labels: { env: 'pro d' } },
      { field: 'labels.env', rule: 'matches_regex' },
    ],
    [
      'a label value over 63 characters',
      { labels: { env: 'v'.repeat(64) } },
      { field: 'labels.env', rule: 'max_length', maximum: 63 },
    ],
    ['a numeric label value', { labels: { env: 1 } }, { field: 'labels.env', rule: 'is_string' }],
    [
      'a label key starting with kong',
      { labels: { 'kong-team': 'x' } },
      { field: 'labels.kong-team', rule: 'is_label' },
    ],
    [
      'a label key starting with an underscore',
      { labels: { _internal: 'x' } },
      { field: 'labels._internal', rule: 'is_label' },
    ],
    [
      'a 64-character label key',
      { labels: { ['k'.repeat(64)]: 'x' } },
      { field: `labels.${'k'.repeat(64)}`, rule: 'is_label' },
    ],
    [
      '51 labels',
      { labels: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`l${i}`, 'v'])) },
      { field: 'labels', rule: 'max_items', maximum: 50 },
    ],
    [
      'a SCRAM algorithm outside the enum',
      { authentication: { ...scram, algorithm: 'md5' } },
      { field: 'authentication.algorithm', rule: 'enum', choices: ['sha256', 'sha512'] },
    ],
    [
      'a create without password',
      { authentication: { type: 'sasl_plain', username: 'u' } },
      { field: 'authentication.password', rule: 'required' },
    ],
    [
      'an empty password',
      { authentication: { ...scram, password: '' } },
      { field: 'authentication.password', rule: 'min_length', minimum: 1 },
    ],
    [
      'an unknown auth property',
      { authentication: { type: 'anonymous', username: 'u' } },
      { field: 'authentication.username', rule: 'unknown_property' },
    ],
    [
      'authentication as a string',
      { authentication: 'anonymous' },
      { field: 'authentication', rule: 'is_object' },
    ],
  ])('reports %s', async (_, change, expected) => {
    const problems = await problemsFor(validClusterBody(change))
    expect(problems).toContainEqual({ source: 'body', reason: anyString(), ...expected })
  })

  it.each([
    ['an unknown type', { type: 'oauth', username: 'u' }],
    ['a missing type', { username: 'u', password: 'p' }],
    ['a numeric type', { type: 7 }],
  ])('reports %s as authentication.type outside the enum', async (_, authentication) => {
    const problems = await problemsFor(validClusterBody({ authentication }))
    expect(problems).toEqual([
      {
        field: 'authentication.type',
        rule: 'enum',
        choices: ['anonymous', 'sasl_plain', 'sasl_scram'],
        reason: aStringContaining('anonymous'),
        source: 'body',
      },
    ])
  })

  it('reports every problem once, each with its own field', async () => {
    const problems = await problemsFor({
      name: '',
      bootstrap_servers: ['bad'],
      tls: { enabled: true, foo: 1 },
      labels: { env: '' },
      bogus: 1,
    })
    const keys = problems.map((p) => JSON.stringify([p.field, p.rule, p.reason]))
    expect(new Set(keys).size).toBe(keys.length)
    expect(problems.map((p) => `${p.field}:${p.rule ?? ''}`)).toEqual(
      expect.arrayContaining([
        'authentication:required',
        'bogus:unknown_property',
        'name:min_length',
        'name:matches_regex',
        'bootstrap_servers[0]:matches_regex',
        'tls.foo:unknown_property',
        'labels.env:min_length',
        'labels.env:matches_regex',
      ]),
    )
  })

  it('answers 400 to a body that is not JSON', async () => {
    const answer = await callMockApi(clustersPath(gatewayId), {
      method: 'POST',
      rawBody: '{"name": ',
    })
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({ invalid_parameters: [{ field: 'body', source: 'body' }] })
  })

  it('answers 400 to a JSON body that is not an object', async () => {
    expect(await problemsFor([validClusterBody()])).toEqual([
      { field: 'body', rule: 'is_object', reason: 'must be an object', source: 'body' },
    ])
  })

  it('validates PUT bodies the same way, without requiring the password', async () => {
    const problems = await problemsFor(
      validClusterBody({ name: '', authentication: { type: 'sasl_plain', username: 'u' } }),
      'PUT',
    )
    expect(problems.map((p) => p.field)).toEqual(['name', 'name'])
  })

  it('refuses mTLS on a gateway older than runtime 1.1 and accepts it on 1.1', async () => {
    const body = validClusterBody({
      tls: { enabled: true, client_identity: { certificate: 'C', key: 'K' } },
    })
    const legacy = await callMockApi(clustersPath(SEED_GATEWAYS.legacy.id), {
      method: 'POST',
      body,
    })
    expect(legacy.status).toBe(400)
    expect(legacy.json).toMatchObject({
      invalid_parameters: [{ field: 'tls.client_identity', source: 'body' }],
    })
    const orders = await callMockApi(clustersPath(SEED_GATEWAYS.orders.id), {
      method: 'POST',
      body,
    })
    expect(orders.status).toBe(201)
  })

  it('accepts unicode names, IPv6 servers and secret references', async () => {
    const body = validClusterBody({
      name: 'Zahlungen Köln: Ereignisse',
      bootstrap_servers: ['[fd00:20::13]:9092', '10.0.0.1:9092'],
      authentication: { ...scram, password: "${vault.env['P']}" },
      labels: { 'team.name': 'pay-ments_1' },
    })
    expect((await callMockApi(clustersPath(gatewayId), { method: 'POST', body })).status).toBe(201)
  })

  it.each([
    ['authentication.password', { authentication: { ...scram, password: "${env['P']}" } }],
    ['authentication.username', { authentication: { ...scram, username: '${user}' } }],
    ['tls.ca_bundle', { tls: { enabled: true, ca_bundle: '${vault.aws.ca}' } }],
    [
      'tls.client_identity.key',
      { tls: { enabled: true, client_identity: { certificate: 'PEM', key: '${k}' } } },
    ],
  ])('refuses an expression other than a vault reference in %s', async (field, overrides) => {
    expect(await problemsFor(validClusterBody(overrides))).toEqual([
      { field, rule: 'invalid', reason: aStringMatching(/vault/), source: 'body' },
    ])
  })
})
