// Every spec-valid cluster the API can return survives edit → save unchanged (defaults aside), TLS
// details kept under a disabled TLS included. Plaintext secrets are the exception: the API never
// returns them, so only references are generated.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BackendCluster, UpdateBackendClusterRequest } from '../../../../api/api-types'
import { LEAF_PEM, ROOT_CA_PEM } from '../../tls/test-certificates'
import { apiCluster } from '../backend-cluster-fixtures.test-support'
import { toFormValues } from './backend-cluster-form-from-api'
import { toUpdateRequest } from './backend-cluster-request-mapper'

const REFERENCE = "${vault.env['KAFKA_SECRET']}"

/** A body with the spec's defaults written out, so "left out" and "sent as the default" compare equal. */
function withDefaults(body: Partial<UpdateBackendClusterRequest>) {
  return {
    ...body,
    description: body.description ?? '',
    insecure_allow_anonymous_virtual_cluster_auth:
      body.insecure_allow_anonymous_virtual_cluster_auth ?? false,
    tls: {
      ...body.tls,
      insecure_skip_verify: body.tls?.insecure_skip_verify ?? false,
      tls_versions: [...(body.tls?.tls_versions ?? ['tls12', 'tls13'])].sort(),
    },
    metadata_update_interval_seconds: body.metadata_update_interval_seconds ?? 60,
    labels: body.labels ?? {},
  }
}

/** The fields a client can write: everything but the read-only id and timestamps. */
function writable(cluster: BackendCluster): Partial<UpdateBackendClusterRequest> {
  return Object.fromEntries(
    Object.entries(cluster).filter(([key]) => !['id', 'created_at', 'updated_at'].includes(key)),
  )
}

describe('toFormValues → toUpdateRequest', () => {
  it('round-trips every field of generated clusters (defaults aside)', () => {
    const name = fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9 _.:/+'-]{0,20}[a-zA-Z0-9]$/)
    const secret = fc.constantFrom(undefined, REFERENCE)
    const authentication = fc.oneof(
      fc.constant({ type: 'anonymous' as const }),
      fc.record(
        {
          type: fc.constant('sasl_plain' as const),
          // Spaces at the ends are sent back as returned, not trimmed.
          username: fc.constantFrom('svc', ' svc ', REFERENCE),
          password: secret,
        },
        { requiredKeys: ['type', 'username'] },
      ),
      fc.record(
        {
          type: fc.constant('sasl_scram' as const),
          algorithm: fc.constantFrom('sha256' as const, 'sha512' as const),
          username: fc.constantFrom('svc', 'svc '),
          password: secret,
        },
        { requiredKeys: ['type', 'algorithm', 'username'] },
      ),
    )
    const allVersions: ('tls12' | 'tls13')[] = ['tls12', 'tls13']
    // TLS details are kept whether TLS is on or off. The one exception: no version at all while TLS
    // is off is not sent (the API default then applies), so TLS off gets at least one version here.
    const tls = fc.boolean().chain((enabled) =>
      fc.record(
        {
          enabled: fc.constant(enabled),
          insecure_skip_verify: fc.boolean(),
          ca_bundle: fc.constantFrom(ROOT_CA_PEM, REFERENCE),
          tls_versions: fc.subarray(allVersions, { minLength: enabled ? 0 : 1 }),
          client_identity: fc.record({
            certificate: fc.constantFrom(LEAF_PEM, REFERENCE),
            key: fc.constant(REFERENCE),
          }),
        },
        { requiredKeys: ['enabled'] },
      ),
    )
    const cluster = fc.record(
      {
        name,
        description: fc.string({ maxLength: 20 }),
        authentication,
        insecure_allow_anonymous_virtual_cluster_auth: fc.boolean(),
        bootstrap_servers: fc.uniqueArray(fc.constantFrom('a:9092', 'b:9093', '[::1]:9092'), {
          minLength: 1,
        }),
        tls,
        metadata_update_interval_seconds: fc.integer({ min: 1, max: 43200 }),
        labels: fc.dictionary(
          fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/),
          fc.stringMatching(/^[a-z0-9]{1,8}$/),
        ),
      },
      {
        requiredKeys: [
          'name',
          'description',
          'authentication',
          'insecure_allow_anonymous_virtual_cluster_auth',
          'bootstrap_servers',
          'tls',
        ],
      },
    )
    fc.assert(
      fc.property(cluster, (generated) => {
        // A JSON copy, as from the wire: fast-check builds null-prototype records.
        const full = apiCluster(JSON.parse(JSON.stringify(generated)) as Partial<BackendCluster>)
        const sent = toUpdateRequest(toFormValues(full))
        expect(withDefaults(sent)).toStrictEqual(withDefaults(writable(full)))
      }),
      { numRuns: 300 },
    )
  })
})
