// Every spec-valid virtual cluster the API can return survives edit → save unchanged, the API's
// defaults and empty containers (`validate: {}`, `principals: []`) aside. Plaintext passwords are the
// exception by design: the API never returns them, so only references or absent passwords are
// generated, and an absent one is left out of the PUT (Konnect keeps it).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { UpdateVirtualClusterRequest, VirtualCluster } from '../../../../api/api-types'
import { apiVirtualCluster } from '../virtual-cluster-fixtures.test-support'
import { toFormValues } from './virtual-cluster-form-from-api'
import { toUpdateRequest } from './virtual-cluster-request-mapper'

const REFERENCE = "${vault.env['PRINCIPAL_PASSWORD']}"

const DEFAULTS: Readonly<Record<string, unknown>> = {
  description: '',
  timeout: '10s',
  cache_expiration: '1h',
  conflict: 'warn',
  condition: '',
}
/** Containers that say nothing when empty; `anonymous`-style methods and exact lists are kept. */
const DROPPED_WHEN_EMPTY = ['validate', 'claims_mapping', 'additional', 'labels']

/** Drops what carries no setting, so "left out" and "sent empty or as the default" compare equal. */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized)
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value).flatMap(([key, child]): [string, unknown][] => {
    const inner = normalized(child)
    if (inner === undefined || DEFAULTS[key] === inner) return []
    if (Array.isArray(inner) && inner.length === 0 && key !== 'exact_list') return []
    const empty = typeof inner === 'object' && inner !== null && Object.keys(inner).length === 0
    return empty && DROPPED_WHEN_EMPTY.includes(key) ? [] : [[key, inner]]
  })
  return Object.fromEntries(entries)
}

/** What a client writes: everything but id and timestamps, the destination by id. */
function writable(virtualCluster: VirtualCluster): Partial<UpdateVirtualClusterRequest> {
  const written = Object.fromEntries(
    Object.entries(virtualCluster).filter(
      ([key]) => !['id', 'created_at', 'updated_at'].includes(key),
    ),
  ) as Partial<UpdateVirtualClusterRequest>
  return { ...written, destination: { id: virtualCluster.destination.id } }
}

const text = fc.stringMatching(/^[a-z][a-z0-9_.-]{0,8}$/)
const kongLookup = fc.record({
  directory: text,
  fetch_by: fc.record({ key: text }),
  failure_mode: fc.constantFrom('error' as const, 'ignore' as const),
})
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })

const methodArbitrary = fc.oneof(
  fc.constant({ type: 'anonymous' as const }),
  fc.record(
    {
      type: fc.constant('sasl_plain' as const),
      mediation: fc.constantFrom('passthrough' as const, 'terminate' as const),
      principals: fc.array(
        fc.record(
          {
            username: fc.constantFrom('svc', ' spaced ', REFERENCE, 'ü'),
            password: fc.constant(REFERENCE),
          },
          { requiredKeys: ['username'] },
        ),
        { maxLength: 3 },
      ),
      fetch_kong_identity_principal: kongLookup,
    },
    { requiredKeys: ['type', 'mediation'] },
  ),
  fc.record(
    {
      type: fc.constant('sasl_scram' as const),
      algorithm: fc.constantFrom('sha256' as const, 'sha512' as const),
      fetch_kong_identity_principal: kongLookup,
    },
    { requiredKeys: ['type', 'algorithm'] },
  ),
  fc.record(
    {
      type: fc.constant('oauth_bearer' as const),
      mediation: fc.constantFrom(
        'passthrough' as const,
        'validate_forward' as const,
        'terminate' as const,
      ),
      jwks: fc.record(
        {
          endpoint: fc.constantFrom('https://login.example.com/jwks', 'http://idp/keys'),
          timeout: fc.constantFrom('10s', '5s', '1m'),
          cache_expiration: fc.constantFrom('1h', '15m'),
        },
        { requiredKeys: ['endpoint'] },
      ),
      validate: fc.record(
        {
          audiences: fc.array(fc.record({ name: text }), { minLength: 1, maxLength: 2 }),
          issuer: fc.constantFrom('https://login.example.com/', ' iss'),
        },
        { requiredKeys: [] },
      ),
      claims_mapping: fc.record({ sub: text, scope: text }, { requiredKeys: [] }),
      fetch_kong_identity_principal: fc.record({
        directory: text,
        failure_mode: fc.constantFrom('error' as const, 'ignore' as const),
      }),
    },
    { requiredKeys: ['type', 'mediation'] },
  ),
  fc.record(
    { type: fc.constant('client_certificate' as const), fetch_kong_identity_principal: kongLookup },
    { requiredKeys: ['type'] },
  ),
)

const topicSelector = fc.oneof(
  fc.record(
    {
      type: fc.constant('glob' as const),
      glob: fc.constantFrom('reference_*', 'a?b'),
      conflict: fc.constantFrom('warn' as const, 'ignore' as const),
    },
    { requiredKeys: ['type', 'glob'] },
  ),
  fc.record(
    {
      type: fc.constant('exact_list' as const),
      exact_list: fc.array(fc.record({ backend: text }), { minLength: 1, maxLength: 3 }),
      conflict: fc.constantFrom('warn' as const, 'ignore' as const),
    },
    { requiredKeys: ['type', 'exact_list'] },
  ),
)
const idSelector = fc.oneof(
  fc.record({ type: fc.constant('glob' as const), glob: fc.constantFrom('storefront-*') }),
  fc.record({
    type: fc.constant('exact_list' as const),
    exact_list: fc.array(fc.record({ value: text }), { minLength: 1, maxLength: 2 }),
  }),
)

const virtualClusterArbitrary = fc.record(
  {
    name: fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9 _.:/+'-]{0,20}[a-zA-Z0-9]$/),
    description: fc.string({ maxLength: 20 }),
    authentication: fc.array(methodArbitrary, { minLength: 1, maxLength: 4 }),
    namespace: optional(
      fc.record(
        {
          mode: fc.constantFrom('hide_prefix' as const, 'enforce_prefix' as const),
          prefix: fc.constantFrom('public_', ' p '),
          additional: fc.record(
            {
              topics: fc.array(topicSelector, { maxLength: 2 }),
              consumer_groups: fc.array(idSelector, { maxLength: 2 }),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ['mode', 'prefix'] },
      ),
    ),
    topic_aliases: fc.array(
      fc.record(
        {
          alias: text,
          topic: text,
          condition: fc.constantFrom('', "context.auth.type == 'sasl_plain'"),
          conflict: fc.constantFrom('warn' as const, 'ignore' as const),
        },
        { requiredKeys: ['alias', 'topic'] },
      ),
      { maxLength: 2 },
    ),
    dns_label: fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,10}[a-z0-9])?$/),
    acl_mode: fc.constantFrom('enforce_on_gateway' as const, 'passthrough' as const),
    labels: fc.dictionary(
      fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/),
      fc.stringMatching(/^[a-z0-9]{1,8}$/),
    ),
  },
  { requiredKeys: ['name', 'authentication', 'dns_label', 'acl_mode'] },
)

describe('toFormValues → toUpdateRequest', () => {
  it('round-trips every field of generated virtual clusters (defaults and empty containers aside)', () => {
    fc.assert(
      fc.property(virtualClusterArbitrary, (generated) => {
        // A JSON copy, as from the wire: fast-check builds null-prototype records.
        const full = apiVirtualCluster(
          JSON.parse(JSON.stringify(generated)) as Partial<VirtualCluster>,
        )
        const sent = toUpdateRequest(toFormValues(full))
        expect(normalized(sent)).toStrictEqual(normalized(writable(full)))
      }),
      { numRuns: 400 },
    )
  })

  it('sends the same keys in the same order as the API returned them, for a full virtual cluster', () => {
    const full = apiVirtualCluster({
      description: 'All of it',
      namespace: { mode: 'hide_prefix', prefix: 'p_' },
      topic_aliases: [{ alias: 'a', topic: 't', condition: '', conflict: 'warn' }],
      labels: { env: 'prod' },
    })
    expect(Object.keys(toUpdateRequest(toFormValues(full)))).toEqual([
      'name',
      'description',
      'destination',
      'authentication',
      'namespace',
      'topic_aliases',
      'acl_mode',
      'dns_label',
      'labels',
    ])
  })
})
