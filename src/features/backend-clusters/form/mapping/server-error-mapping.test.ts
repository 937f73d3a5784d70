import { describe, expect, it } from 'vitest'
import type { InvalidParameter } from '../../../../api/api-types'
import { defaultFormValues } from '../backend-cluster-form-values'
import { mapInvalidParameters } from './server-error-mapping'

const values = {
  ...defaultFormValues(),
  bootstrapServers: ['a:9092', ' ', 'b:x'],
  labels: [
    { key: 'env', value: 'prod' },
    { key: 'kong-team', value: 'x' },
    { key: 'app.io/name', value: 'web' },
  ],
}

function param(field: string, reason = 'is invalid', rule?: InvalidParameter['rule']) {
  return { field, reason, rule, source: 'body' } as InvalidParameter
}

describe('mapInvalidParameters', () => {
  it.each([
    ['name', 'name'],
    ['description', 'description'],
    ['bootstrap_servers', 'bootstrapServers'],
    ['authentication.type', 'authType'],
    ['authentication.algorithm', 'authType'],
    ['authentication.username', 'username'],
    ['authentication.password', 'password'],
    ['tls.ca_bundle', 'caBundle'],
    ['tls.tls_versions', 'tlsVersions'],
    ['tls.tls_versions[1]', 'tlsVersions'],
    ['tls.client_identity', 'mtlsEnabled'],
    ['tls.client_identity.certificate', 'clientCertificate'],
    ['tls.client_identity.key', 'clientKey'],
    ['metadata_update_interval_seconds', 'metadataUpdateIntervalSeconds'],
    ['labels', 'labels'],
  ])('puts %s on %s', (field, name) => {
    expect(mapInvalidParameters([param(field, 'is wrong')], values)).toEqual({
      fieldErrors: [{ name, message: 'is wrong' }],
      unmatched: [],
    })
  })

  it('names the server an indexed error is about, counting non-blank servers as sent', () => {
    const mapped = mapInvalidParameters(
      [
        param('bootstrap_servers[1]', 'must match pattern'),
        param('bootstrap_servers.0', 'unreachable'),
      ],
      values,
    )
    expect(mapped.fieldErrors).toEqual([
      { name: 'bootstrapServers', message: 'b:x — must match pattern' },
      { name: 'bootstrapServers', message: 'a:9092 — unreachable' },
    ])
  })

  it('puts label errors on the row of their key', () => {
    const mapped = mapInvalidParameters(
      [
        param('labels.env', 'must match pattern'),
        param('labels.kong-team', 'reserved prefix', 'is_label'),
        param("labels['app.io/name']", 'label key is too long'),
        param('labels', "key 'kong-team' is reserved", 'is_label'),
        param('labels', 'too many labels'),
      ],
      values,
    )
    expect(mapped.fieldErrors).toEqual([
      { name: 'labels.0.value', message: 'must match pattern' },
      { name: 'labels.1.key', message: 'reserved prefix' },
      { name: 'labels.2.key', message: 'label key is too long' },
      { name: 'labels.1.key', message: "key 'kong-team' is reserved" },
      { name: 'labels', message: 'too many labels' },
    ])
  })

  it.each([
    ['tls', 'TLS: must be an object'],
    ['tls.enabled', 'Enable TLS: must be an object'],
    ['tls.insecure_skip_verify', 'Skip certificate verification: must be an object'],
    ['tls.extra', 'tls.extra: must be an object'],
  ])('sends %s, which no field displays, to the alert under its form label', (field, text) => {
    expect(mapInvalidParameters([param(field, 'must be an object')], values)).toEqual({
      fieldErrors: [],
      unmatched: [text],
    })
  })

  it('puts a refusal to turn off anonymous access on its checkbox', () => {
    const reason =
      'must stay true while virtual clusters with anonymous authentication use this backend cluster: [payouts-sandbox]'
    expect(
      mapInvalidParameters(
        [param('insecure_allow_anonymous_virtual_cluster_auth', reason)],
        values,
      ),
    ).toEqual({
      fieldErrors: [{ name: 'allowAnonymousVirtualClusterAuth', message: reason }],
      unmatched: [],
    })
  })

  it('returns unknown fields as text for one alert', () => {
    expect(
      mapInvalidParameters([param('mediation', 'unknown property'), param('', 'conflict')], values),
    ).toEqual({ fieldErrors: [], unmatched: ['mediation: unknown property', 'conflict'] })
  })
})
