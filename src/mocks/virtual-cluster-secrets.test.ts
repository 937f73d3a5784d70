import { describe, expect, it } from 'vitest'
import type { VirtualCluster, VirtualClusterAuthentication } from '../api/api-types'
import { mockStore } from './node'
import { SEED_PLAINTEXT_SECRETS, SEED_VIRTUAL_CLUSTERS } from './seed/seed-curated-ids'
import { SEED_GATEWAYS } from './seed/seed-gateways'
import { callMockApi, validVirtualClusterBody, virtualClustersPath } from './testing/call-mock-api'

const payments = SEED_GATEWAYS.payments.id
const V = SEED_VIRTUAL_CLUSTERS
const S = SEED_PLAINTEXT_SECRETS
const PASSWORD = 'typed-in-plaintext-Pr1ncipal!'
const REFERENCE = "${vault.env['CHECKOUT_PRINCIPAL_PASSWORD']}"

const plain = (principals: unknown[], mediation = 'terminate') => ({
  type: 'sasl_plain',
  mediation,
  principals,
})

function principalsOf(virtualCluster: VirtualCluster | undefined, method = 0) {
  const entry: VirtualClusterAuthentication | undefined = virtualCluster?.authentication[method]
  return entry?.type === 'sasl_plain' ? entry.principals : undefined
}

async function replacePaymentsPublic(authentication: unknown[]) {
  return callMockApi(virtualClustersPath(payments, V.paymentsPublic.id), {
    method: 'PUT',
    body: validVirtualClusterBody({
      name: 'payments-public',
      dns_label: 'payments-public',
      authentication,
    }),
  })
}

describe('principal passwords', () => {
  it('never returns a seeded plaintext principal password from any list or read', async () => {
    const texts: string[] = []
    for (const { id: gatewayId } of Object.values(SEED_GATEWAYS)) {
      if (gatewayId === SEED_GATEWAYS.perfLab.id) continue
      const list = await callMockApi(`${virtualClustersPath(gatewayId)}?page%5Bsize%5D=1000`)
      texts.push(list.text)
      for (const { id } of (list.json as { data: { id: string }[] }).data) {
        texts.push((await callMockApi(virtualClustersPath(gatewayId, id))).text)
      }
    }
    expect(texts.length).toBeGreaterThan(15)
    const seeded = [
      S.checkoutWebPrincipalPassword,
      S.acmePrincipalPassword,
      S.settlementBotPrincipalPassword,
    ]
    for (const text of texts) for (const secret of seeded) expect(text).not.toContain(secret)
    // ...though the store holds them.
    expect(
      principalsOf(mockStore.getStoredVirtualCluster(payments, V.paymentsPublic.id)),
    ).toContainEqual({
      username: 'checkout-web',
      password: S.checkoutWebPrincipalPassword,
    })
  })

  it('stores a plaintext password and never returns it, on create, read, list and replace; references come back as sent', async () => {
    const body = validVirtualClusterBody({
      authentication: [
        plain([
          { username: 'web', password: PASSWORD },
          { username: 'app', password: REFERENCE },
        ]),
      ],
    })
    const created = await callMockApi(virtualClustersPath(payments), { method: 'POST', body })
    expect(created.status).toBe(201)
    const id = (created.json as { id: string }).id
    const read = await callMockApi(virtualClustersPath(payments, id))
    const list = await callMockApi(
      `${virtualClustersPath(payments)}?filter%5Bname%5D%5Bcontains%5D=checkout`,
    )
    const replaced = await callMockApi(virtualClustersPath(payments, id), { method: 'PUT', body })
    expect(replaced.status).toBe(200)
    for (const answer of [created, read, list, replaced]) {
      expect(answer.text).not.toContain(PASSWORD)
      expect(answer.text).toContain(REFERENCE)
    }
    expect(read.json).toMatchObject({
      authentication: [
        {
          type: 'sasl_plain',
          principals: [{ username: 'web' }, { username: 'app', password: REFERENCE }],
        },
      ],
    })
    expect(principalsOf(read.json as VirtualCluster)?.[0]).toEqual({ username: 'web' })
    expect(principalsOf(mockStore.getStoredVirtualCluster(payments, id))?.[0]).toEqual({
      username: 'web',
      password: PASSWORD,
    })
  })

  it('keeps a stored password (plaintext or reference) when a PUT leaves it out for the same username', async () => {
    const answer = await replacePaymentsPublic([
      plain([{ username: 'mobile-app' }, { username: 'checkout-web' }]),
    ])
    expect(answer.status).toBe(200)
    expect(principalsOf(answer.json as VirtualCluster)).toEqual([
      { username: 'mobile-app', password: "${vault.env['MOBILE_APP_KAFKA_PASSWORD']}" },
      { username: 'checkout-web' },
    ])
    expect(principalsOf(mockStore.getStoredVirtualCluster(payments, V.paymentsPublic.id))).toEqual([
      { username: 'mobile-app', password: "${vault.env['MOBILE_APP_KAFKA_PASSWORD']}" },
      { username: 'checkout-web', password: S.checkoutWebPrincipalPassword },
    ])
  })

  it('matches SASL/PLAIN methods by rank, so other methods may come, go or move', async () => {
    const answer = await replacePaymentsPublic([
      { type: 'sasl_scram', algorithm: 'sha256' },
      { type: 'oauth_bearer', mediation: 'passthrough' },
      plain([{ username: 'checkout-web' }]),
    ])
    expect(answer.status).toBe(200)
    const stored = mockStore.getStoredVirtualCluster(payments, V.paymentsPublic.id)
    expect(principalsOf(stored, 2)).toEqual([
      { username: 'checkout-web', password: S.checkoutWebPrincipalPassword },
    ])
  })

  it('replaces a stored password with a new one sent', async () => {
    await replacePaymentsPublic([plain([{ username: 'checkout-web', password: PASSWORD }])])
    expect(principalsOf(mockStore.getStoredVirtualCluster(payments, V.paymentsPublic.id))).toEqual([
      { username: 'checkout-web', password: PASSWORD },
    ])
  })

  it.each([
    [
      'a new principal',
      [plain([{ username: 'checkout-web' }, { username: 'newcomer' }])],
      'authentication[0].principals[1].password',
    ],
    [
      'a renamed principal',
      [plain([{ username: 'checkout-web-2' }])],
      'authentication[0].principals[0].password',
    ],
    [
      'a second SASL/PLAIN method, which has no stored counterpart',
      [plain([{ username: 'checkout-web' }]), plain([{ username: 'checkout-web' }])],
      'authentication[1].principals[0].password',
    ],
  ])('answers 400 required for %s without a password', async (_, authentication, field) => {
    const answer = await replacePaymentsPublic(authentication)
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({
      invalid_parameters: [{ field, rule: 'required', source: 'body' }],
    })
  })

  it('answers 400 required when the stored virtual cluster had no SASL/PLAIN principals', async () => {
    const answer = await callMockApi(virtualClustersPath(payments, V.paymentsInternal.id), {
      method: 'PUT',
      body: validVirtualClusterBody({
        name: 'payments-internal',
        dns_label: 'payments-internal',
        authentication: [plain([{ username: 'svc' }])],
      }),
    })
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({
      invalid_parameters: [{ field: 'authentication[0].principals[0].password', rule: 'required' }],
    })
  })

  it('forgets the stored passwords when a PUT drops the SASL/PLAIN method', async () => {
    await replacePaymentsPublic([{ type: 'sasl_scram', algorithm: 'sha512' }])
    const back = await replacePaymentsPublic([plain([{ username: 'checkout-web' }])])
    expect(back.status).toBe(400)
  })
})
