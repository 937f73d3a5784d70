import { describe, expect, it } from 'vitest'
import type { UpdateVirtualClusterRequest } from '../../../api/api-types'
import { STORED_SECRET_MARKER } from '../form/mapping/saved-virtual-cluster-body'
import { diffVirtualClusterBodies } from './virtual-cluster-changes'

const before: UpdateVirtualClusterRequest = {
  name: 'payments-public',
  destination: { id: 'core' },
  authentication: [
    {
      type: 'sasl_plain',
      mediation: 'terminate',
      principals: [{ username: 'checkout-web', password: STORED_SECRET_MARKER }],
    },
    {
      type: 'oauth_bearer',
      mediation: 'passthrough',
      jwks: { endpoint: 'https://a/jwks', timeout: '10s', cache_expiration: '1h' },
    },
  ],
  namespace: {
    mode: 'hide_prefix',
    prefix: 'public_',
    additional: { topics: [{ type: 'glob', glob: 'ref_*', conflict: 'warn' }] },
  },
  topic_aliases: [{ alias: 'a', topic: 't', condition: '', conflict: 'warn' }],
  acl_mode: 'passthrough',
  dns_label: 'payments-public',
  labels: {},
}

function rows(after: UpdateVirtualClusterRequest) {
  return diffVirtualClusterBodies(before, after, {
    core: 'payments-core',
    dev: 'payments-dev',
  }).map(({ label, before: was, after: now }) => [label, was, now])
}

describe('diffVirtualClusterBodies', () => {
  it('finds no change when only the API defaults are left out', () => {
    expect(
      rows({
        ...before,
        authentication: [
          ...before.authentication.slice(0, 1),
          { type: 'oauth_bearer', mediation: 'passthrough', jwks: { endpoint: 'https://a/jwks' } },
        ],
        namespace: {
          mode: 'hide_prefix',
          prefix: 'public_',
          additional: { topics: [{ type: 'glob', glob: 'ref_*' }] },
        },
        topic_aliases: [{ alias: 'a', topic: 't' }],
        labels: undefined,
      }),
    ).toEqual([])
  })

  it('names the method of each change, the backend cluster by name, and hides passwords', () => {
    expect(
      rows({
        ...before,
        destination: { id: 'dev' },
        authentication: [
          {
            type: 'sasl_plain',
            mediation: 'terminate',
            principals: [{ username: 'checkout-web', password: 'rotated!' }],
          },
          { type: 'anonymous' },
        ],
        acl_mode: 'enforce_on_gateway',
        labels: { env: 'prod' },
      }),
    ).toEqual([
      ['Backend cluster', 'payments-core', 'payments-dev'],
      ['Method 1 (SASL/PLAIN) · Principal password', 'Stored — hidden', 'a new value (hidden)'],
      ['Method 2', 'OAuth bearer', 'Anonymous'],
      ['Method 2 (Anonymous) · Mediation', 'passthrough', undefined],
      ['Method 2 (Anonymous) · JWKS endpoint', 'https://a/jwks', undefined],
      ['Method 2 (Anonymous) · JWKS timeout', '10s', undefined],
      ['Method 2 (Anonymous) · JWKS cache expiration', '1h', undefined],
      ['ACL mode', 'passthrough', 'enforce_on_gateway'],
      ['Label env', undefined, 'prod'],
    ])
  })
})
