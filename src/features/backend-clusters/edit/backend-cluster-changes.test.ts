import { describe, expect, it } from 'vitest'
import type { UpdateBackendClusterRequest } from '../../../api/api-types'
import { STORED_SECRET_MARKER } from '../../../components/review/stored-secret'
import { diffBackendClusterBodies as diffRequestBodies } from './backend-cluster-changes'

const before: UpdateBackendClusterRequest = {
  name: 'orders',
  bootstrap_servers: ['a:9092'],
  authentication: { type: 'sasl_plain', username: 'svc' },
  insecure_allow_anonymous_virtual_cluster_auth: false,
  tls: { enabled: false, insecure_skip_verify: false },
  labels: { env: 'prod', team: 'orders' },
}

describe('diffRequestBodies', () => {
  it('finds nothing when nothing changed', () => {
    expect(diffRequestBodies(before, structuredClone(before))).toEqual([])
  })

  it('lists each changed, added and removed field with readable names', () => {
    const after: UpdateBackendClusterRequest = {
      ...before,
      description: 'Orders mirror',
      bootstrap_servers: ['a:9092', 'b:9092'],
      tls: { enabled: true, insecure_skip_verify: false },
      labels: { env: 'staging' },
    }
    expect(diffRequestBodies(before, after)).toEqual([
      { path: 'description', label: 'Description', before: undefined, after: 'Orders mirror' },
      {
        path: 'bootstrap_servers',
        label: 'Bootstrap servers',
        before: 'a:9092',
        after: 'a:9092, b:9092',
      },
      { path: 'tls.enabled', label: 'TLS', before: 'Off', after: 'On' },
      { path: 'labels.env', label: 'Label env', before: 'prod', after: 'staging' },
      { path: 'labels.team', label: 'Label team', before: 'orders', after: undefined },
    ])
  })

  it('treats a field left out and its default as the same', () => {
    const explicit: UpdateBackendClusterRequest = {
      ...before,
      description: '',
      metadata_update_interval_seconds: 60,
      tls: { enabled: false, insecure_skip_verify: false, tls_versions: ['tls12', 'tls13'] },
    }
    expect(diffRequestBodies(explicit, before)).toEqual([])
  })

  it('shows a secret Konnect keeps as stored, and its replacement as hidden', () => {
    const stored = {
      ...before,
      authentication: {
        type: 'sasl_plain' as const,
        username: 'svc',
        password: STORED_SECRET_MARKER,
      },
    }
    const replaced = {
      ...before,
      authentication: { type: 'sasl_plain' as const, username: 'svc', password: 'hunter2' },
    }
    expect(diffRequestBodies(stored, replaced)).toEqual([
      {
        path: 'authentication.password',
        label: 'Password',
        before: 'Stored — hidden',
        after: 'a new value (hidden)',
      },
    ])
  })

  it('says a plaintext password changes without showing it, and shows references', () => {
    const replaced = diffRequestBodies(before, {
      ...before,
      authentication: { type: 'sasl_plain', username: 'svc', password: 'hunter2' },
    })
    expect(replaced).toEqual([
      {
        path: 'authentication.password',
        label: 'Password',
        before: undefined,
        after: 'a new value (hidden)',
      },
    ])
    expect(JSON.stringify(replaced)).not.toContain('hunter2')

    const reference = "${vault.env['PW']}"
    const referenced = diffRequestBodies(before, {
      ...before,
      authentication: { type: 'sasl_plain', username: 'svc', password: reference },
    })
    expect(referenced[0]?.after).toBe(reference)
  })
})
