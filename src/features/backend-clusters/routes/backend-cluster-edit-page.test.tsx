import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mockServer, mockStore } from '../../../mocks/node'
import { SEED_CLUSTERS, SEED_PLAINTEXT_SECRETS } from '../../../mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../../../mocks/seed/seed-gateways'
import { renderApp } from '../../../test/render-app'
import { toUpdateRequest } from '../form/mapping/backend-cluster-request-mapper'
import { toFormValues } from '../form/mapping/backend-cluster-form-from-api'

const gatewayId = SEED_GATEWAYS.payments.id
const editPath = (id: string) => `/event-gateways/${gatewayId}/backend-clusters/${id}/edit`

let puts: unknown[] = []
const recordPuts = async ({ request }: { request: Request }) => {
  if (request.method === 'PUT') puts.push(await request.clone().json())
}
beforeEach(() => {
  puts = []
  mockServer.events.on('request:start', recordPuts)
})
afterEach(() => mockServer.events.removeListener('request:start', recordPuts))

async function openEdit(id: string, name: string) {
  const app = renderApp(editPath(id))
  await screen.findByRole('heading', { level: 1, name: `Edit ${name}` })
  // The form renders just after the page's heading.
  await screen.findByRole('form')
  return app
}

async function saveThroughReview(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: 'Save' }))
  const dialog = await screen.findByRole('dialog', { name: 'Review changes' })
  await user.click(within(dialog).getByRole('button', { name: /Save/ }))
  return dialog
}

describe('Edit backend cluster page', () => {
  it('keeps Save disabled until something changes', async () => {
    const { user } = await openEdit(SEED_CLUSTERS.ledgerEvents.id, 'ledger-events')
    const save = screen.getByRole('button', { name: 'Save' })
    expect(save).toHaveProperty('disabled', true)
    await user.type(screen.getByLabelText(/^Description/), ' (edited)')
    expect(save).toHaveProperty('disabled', false)
  })

  it('shows the change field by field and sends a PUT without the stored password', async () => {
    const { user } = await openEdit(SEED_CLUSTERS.ledgerEvents.id, 'ledger-events')
    expect(screen.getByText('Stored — hidden')).toBeInTheDocument()
    const description = screen.getByLabelText(/^Description/)
    await user.clear(description)
    await user.type(description, 'Ledger, edited')

    await user.click(screen.getByRole('button', { name: 'Save' }))
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' })
    const rows = within(within(dialog).getByRole('table', { name: 'Your changes' })).getAllByRole(
      'row',
    )
    expect(rows).toHaveLength(2)
    expect(rows[1]?.textContent).toContain('Description')
    expect(rows[1]?.textContent).toContain('Ledger, edited')
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))

    await screen.findByRole('heading', { level: 1, name: 'ledger-events' })
    expect(puts).toHaveLength(1)
    const body = puts[0] as { authentication: Record<string, unknown>; description: string }
    expect(body.description).toBe('Ledger, edited')
    expect(body.authentication).not.toHaveProperty('password')
    expect(JSON.stringify(body)).not.toContain(SEED_PLAINTEXT_SECRETS.ledgerPassword)
    // Konnect still holds the password it had.
    const stored = mockStore.getStoredCluster(gatewayId, SEED_CLUSTERS.ledgerEvents.id)
    expect(stored?.authentication).toMatchObject({
      password: SEED_PLAINTEXT_SECRETS.ledgerPassword,
    })
  })

  it('sends the password only when it is replaced, and never shows it in the review', async () => {
    const { user } = await openEdit(SEED_CLUSTERS.ledgerEvents.id, 'ledger-events')
    await user.click(screen.getByRole('button', { name: 'Replace password' }))
    await user.type(screen.getByLabelText(/^Password/), 'rotated-Secret-9')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' })
    expect(within(dialog).getByText('a new value (hidden)')).toBeInTheDocument()
    expect(dialog.textContent).not.toContain('rotated-Secret-9')
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await screen.findByRole('heading', { level: 1, name: 'ledger-events' })
    expect(puts[0]).toMatchObject({ authentication: { password: 'rotated-Secret-9' } })
  })

  it('sends references back exactly as they were', async () => {
    const cluster = mockStore.getStoredCluster(gatewayId, SEED_CLUSTERS.fraudScoring.id)
    if (!cluster) throw new Error('seed changed')
    const { user } = await openEdit(SEED_CLUSTERS.fraudScoring.id, 'fraud-scoring')
    await user.type(screen.getByLabelText(/^Description/), '!')
    await saveThroughReview(user)
    await screen.findByRole('heading', { level: 1, name: 'fraud-scoring' })
    const expected = toUpdateRequest(toFormValues(cluster))
    expect(puts[0]).toEqual({ ...expected, description: `${cluster.description ?? ''}!` })
    expect(JSON.stringify(puts[0])).toContain("${vault.env['FRAUD_CONFLUENT_API_SECRET']}")
  })

  it('warns before overwriting a cluster someone else changed since the form loaded', async () => {
    const { user } = await openEdit(SEED_CLUSTERS.paymentsDev.id, 'payments-dev')
    const current = mockStore.getStoredCluster(gatewayId, SEED_CLUSTERS.paymentsDev.id)
    if (!current) throw new Error('seed changed')
    mockStore.replaceCluster(gatewayId, current.id, {
      ...toUpdateRequest(toFormValues(current)),
      labels: { changed: 'elsewhere' },
    })
    await user.type(screen.getByLabelText(/^Description/), '!')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' })
    expect(within(dialog).getByText('Someone else changed this cluster')).toBeInTheDocument()
    expect(
      within(dialog).getByRole('table', { name: 'Changes made by someone else' }).textContent,
    ).toContain('Label changed')
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(puts).toHaveLength(0)
    expect(screen.getByLabelText(/^Description/)).toHaveProperty(
      'value',
      expect.stringMatching(/!$/),
    )
  })

  it('warns when anonymous access is unticked while anonymous virtual clusters route here, and shows Konnect’s refusal at the checkbox', async () => {
    const { user } = await openEdit(SEED_CLUSTERS.payoutsStaging.id, 'payouts-staging')
    const allow = screen.getByRole('checkbox', {
      name: 'Allow anonymous authentication from virtual clusters',
    })
    expect(screen.queryByText(/with anonymous authentication routes/)).not.toBeInTheDocument()
    await user.click(allow)
    expect(
      await screen.findByText(
        /^1 virtual cluster with anonymous authentication routes to this backend cluster: payouts-sandbox\./,
      ),
    ).toBeInTheDocument()

    await saveThroughReview(user)
    await waitFor(() =>
      expect(allow).toHaveAccessibleDescription(
        'must stay true while virtual clusters with anonymous authentication use this backend cluster: [payouts-sandbox]',
      ),
    )
    expect(allow).toHaveFocus()
    expect(
      screen.queryByRole('alert', { name: 'Konnect did not accept the backend cluster' }),
    ).not.toBeInTheDocument()
    // Ticked again, the warning goes.
    await user.click(allow)
    expect(screen.queryByText(/with anonymous authentication routes/)).not.toBeInTheDocument()
  })

  it('keeps TLS settings stored under a disabled TLS when only the description changes', async () => {
    const current = mockStore.getStoredCluster(gatewayId, SEED_CLUSTERS.paymentsDev.id)
    if (!current) throw new Error('seed changed')
    const reference = "${vault.env['DEV_CA_BUNDLE']}"
    mockStore.replaceCluster(gatewayId, current.id, {
      ...toUpdateRequest(toFormValues(current)),
      tls: {
        enabled: false,
        insecure_skip_verify: false,
        ca_bundle: reference,
        tls_versions: ['tls13'],
      },
    })
    const { user } = await openEdit(SEED_CLUSTERS.paymentsDev.id, 'payments-dev')
    expect(
      screen.getByText(
        /TLS is off, so these settings are kept but not used: CA bundle, TLS versions/,
      ),
    ).toBeInTheDocument()
    await user.type(screen.getByLabelText(/^Description/), '!')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' })
    // Only the description changes: nothing of the kept TLS settings is about to be dropped.
    const rows = within(within(dialog).getByRole('table', { name: 'Your changes' })).getAllByRole(
      'row',
    )
    expect(rows.map((row) => row.textContent)).toEqual([
      'FieldBeforeAfter',
      expect.stringMatching(/^Description/),
    ])
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await screen.findByRole('heading', { level: 1, name: 'payments-dev' })
    expect(puts[0]).toMatchObject({
      tls: { enabled: false, ca_bundle: reference, tls_versions: ['tls13'] },
    })
  })
})
