import { describe, expect, it } from 'vitest'
import { mockStore } from './node'
import { SEED_CLUSTERS, SEED_PLAINTEXT_SECRETS } from './seed/seed-curated-ids'
import { SEED_GATEWAYS } from './seed/seed-gateways'
import { callMockApi, clustersPath, validClusterBody } from './testing/call-mock-api'

const payments = SEED_GATEWAYS.payments.id
const orders = SEED_GATEWAYS.orders.id
const legacy = SEED_GATEWAYS.legacy.id
const PASSWORD = 'typed-in-plaintext-Pa55!'
const KEY = 'typed-in-plaintext-client-key'

function expectNoSecret(text: string, ...secrets: string[]) {
  for (const secret of secrets) expect(text).not.toContain(secret)
}

describe('sensitive values', () => {
  it('never returns a seeded plaintext secret from any list or read', async () => {
    const texts: string[] = []
    for (const gatewayId of [payments, orders, legacy]) {
      const list = await callMockApi(`${clustersPath(gatewayId)}?page%5Bsize%5D=1000`)
      texts.push(list.text)
      for (const { id } of (list.json as { data: { id: string }[] }).data) {
        texts.push((await callMockApi(clustersPath(gatewayId, id))).text)
      }
    }
    expect(texts.length).toBeGreaterThan(10)
    for (const text of texts) expectNoSecret(text, ...Object.values(SEED_PLAINTEXT_SECRETS))
  })

  it('stores but never returns a plaintext password and client key, on create, read, list and replace', async () => {
    const body = validClusterBody({
      authentication: { type: 'sasl_plain', username: 'svc', password: PASSWORD },
      tls: { enabled: true, client_identity: { certificate: 'CERT', key: KEY } },
    })
    const created = await callMockApi(clustersPath(payments), { method: 'POST', body })
    const id = (created.json as { id: string }).id
    expect(created.json).toMatchObject({
      authentication: { type: 'sasl_plain', username: 'svc' },
      tls: { client_identity: { certificate: 'CERT' } },
    })
    const read = await callMockApi(clustersPath(payments, id))
    const list = await callMockApi(
      `${clustersPath(payments)}?filter%5Bname%5D%5Bcontains%5D=checkout`,
    )
    const replaced = await callMockApi(clustersPath(payments, id), { method: 'PUT', body })
    for (const answer of [created, read, list, replaced]) expectNoSecret(answer.text, PASSWORD, KEY)
    expect(replaced.status).toBe(200)
    const stored = mockStore.getStoredCluster(payments, id)
    expect(stored?.authentication).toMatchObject({ password: PASSWORD })
    expect(stored?.tls.client_identity?.key).toBe(KEY)
  })

  it('returns secret references exactly as sent', async () => {
    const password = "${vault.env['CHECKOUT_KAFKA_PASSWORD']}"
    const key = "${vault.env['CHECKOUT_CLIENT_KEY']}"
    const body = validClusterBody({
      authentication: {
        type: 'sasl_scram',
        algorithm: 'sha256',
        username: "${vault.env['USER']}",
        password,
      },
      tls: { enabled: true, client_identity: { certificate: 'CERT', key } },
    })
    const created = await callMockApi(clustersPath(payments), { method: 'POST', body })
    expect(created.json).toMatchObject({
      authentication: { password, username: "${vault.env['USER']}" },
      tls: { client_identity: { certificate: 'CERT', key } },
    })
    const seeded = await callMockApi(clustersPath(payments, SEED_CLUSTERS.paymentsCore.id))
    expect(seeded.json).toMatchObject({
      authentication: { password: "${vault.env['PAYMENTS_KAFKA_PASSWORD']}" },
    })
  })

  it('keeps the stored password when a PUT leaves it out', async () => {
    const path = clustersPath(payments, SEED_CLUSTERS.ledgerEvents.id)
    const body = validClusterBody({
      name: 'ledger-events',
      authentication: { type: 'sasl_scram', algorithm: 'sha512', username: 'ledger-writer-2' },
    })
    const answer = await callMockApi(path, { method: 'PUT', body })
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({
      authentication: { type: 'sasl_scram', algorithm: 'sha512', username: 'ledger-writer-2' },
    })
    expect(answer.json).not.toHaveProperty('authentication.password')
    expect(
      mockStore.getStoredCluster(payments, SEED_CLUSTERS.ledgerEvents.id)?.authentication,
    ).toMatchObject({
      password: SEED_PLAINTEXT_SECRETS.ledgerPassword,
    })
  })

  it('keeps a stored reference when a PUT leaves the password out, and returns it', async () => {
    const body = validClusterBody({
      name: 'payments-core',
      authentication: { type: 'sasl_plain', username: 'egw-payments' },
    })
    const answer = await callMockApi(clustersPath(payments, SEED_CLUSTERS.paymentsCore.id), {
      method: 'PUT',
      body,
    })
    expect(answer.json).toMatchObject({
      authentication: { password: "${vault.env['PAYMENTS_KAFKA_PASSWORD']}" },
    })
  })

  it('answers 400 authentication.password required when a PUT has no password and none is stored', async () => {
    const body = validClusterBody({
      name: 'payments-dev',
      authentication: { type: 'sasl_plain', username: 'svc' },
    })
    const answer = await callMockApi(clustersPath(payments, SEED_CLUSTERS.paymentsDev.id), {
      method: 'PUT',
      body,
    })
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({
      invalid_parameters: [{ field: 'authentication.password', rule: 'required', source: 'body' }],
    })
  })

  it('forgets the stored password when a PUT switches to anonymous', async () => {
    const path = clustersPath(payments, SEED_CLUSTERS.ledgerEvents.id)
    await callMockApi(path, {
      method: 'PUT',
      body: validClusterBody({ name: 'ledger-events', authentication: { type: 'anonymous' } }),
    })
    const back = validClusterBody({
      name: 'ledger-events',
      authentication: { type: 'sasl_plain', username: 'x' },
    })
    expect((await callMockApi(path, { method: 'PUT', body: back })).status).toBe(400)
  })
})
