import { describe, expect, it } from 'vitest'
import { apiVirtualCluster } from '../virtual-cluster-fixtures.test-support'
import {
  savedVirtualClusterBody,
  STORED_SECRET_MARKER,
  withKeptPasswords,
} from './saved-virtual-cluster-body'

const REFERENCE = "${vault.env['P']}"

const saved = apiVirtualCluster({
  description: 'Storefront',
  authentication: [
    { type: 'sasl_scram', algorithm: 'sha512' },
    {
      type: 'sasl_plain',
      mediation: 'terminate',
      principals: [{ username: 'a' }, { username: 'b', password: REFERENCE }],
    },
  ],
  topic_aliases: [],
  labels: { env: 'prod' },
})

describe('savedVirtualClusterBody', () => {
  it('is the update body of the saved virtual cluster, hidden passwords marked as stored', () => {
    expect(savedVirtualClusterBody(saved)).toStrictEqual({
      name: 'payments-public',
      description: 'Storefront',
      destination: { id: saved.destination.id },
      authentication: [
        { type: 'sasl_scram', algorithm: 'sha512' },
        {
          type: 'sasl_plain',
          mediation: 'terminate',
          principals: [
            { username: 'a', password: STORED_SECRET_MARKER },
            { username: 'b', password: REFERENCE },
          ],
        },
      ],
      acl_mode: 'passthrough',
      dns_label: 'payments-public',
      labels: { env: 'prod' },
    })
  })
})

describe('withKeptPasswords', () => {
  it('stands a left-out password as the one Konnect keeps for that username and method', () => {
    const body = {
      ...savedVirtualClusterBody(saved),
      authentication: [
        { type: 'anonymous' as const },
        {
          type: 'sasl_plain' as const,
          mediation: 'terminate' as const,
          principals: [{ username: 'a' }, { username: 'b' }, { username: 'new' }],
        },
      ],
    }
    expect(withKeptPasswords(body, saved).authentication[1]).toStrictEqual({
      type: 'sasl_plain',
      mediation: 'terminate',
      principals: [
        { username: 'a', password: STORED_SECRET_MARKER },
        { username: 'b', password: REFERENCE },
        // Nothing kept for a new username: the review shows it as missing.
        { username: 'new' },
      ],
    })
  })
})
