import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mockServer, mockStore } from '../../../mocks/node'
import { SEED_CLUSTERS, SEED_PLAINTEXT_SECRETS } from '../../../mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../../../mocks/seed/seed-gateways'
import { renderApp } from '../../../test/render-app'

const gatewayId = SEED_GATEWAYS.payments.id
const detailPath = (id: string) => `/event-gateways/${gatewayId}/backend-clusters/${id}`
const CLUSTER_URL = `*/api/konnect/event-gateways/${gatewayId}/backend-clusters/:id`

async function openDetail(id: string, name: string) {
  const app = renderApp(detailPath(id))
  await screen.findByRole('heading', { level: 1, name })
  // The settings render just after the page's heading.
  await screen.findByRole('region', { name: 'Configuration' })
  return app
}

function section(name: string) {
  return screen.getByRole('region', { name })
}

describe('Backend cluster detail page', () => {
  it('shows a plaintext password as stored, never its value', async () => {
    const { container } = await openDetail(SEED_CLUSTERS.ledgerEvents.id, 'ledger-events')
    expect(within(section('Authentication')).getByText('Stored — hidden')).toBeInTheDocument()
    expect(container.textContent).not.toContain(SEED_PLAINTEXT_SECRETS.ledgerPassword)
  })

  it('shows a reference as the reference', async () => {
    await openDetail(SEED_CLUSTERS.fraudScoring.id, 'fraud-scoring')
    expect(
      within(section('Authentication')).getByText("${vault.env['FRAUD_CONFLUENT_API_SECRET']}"),
    ).toBeInTheDocument()
  })

  it('shows the configuration with the stored secret as a placeholder', async () => {
    const { user, container } = await openDetail(SEED_CLUSTERS.chargebacks.id, 'chargebacks')
    const card = section('Configuration')
    await user.click(within(card).getByRole('tab', { name: 'Terraform' }))
    const code = within(card).getByRole('region', { name: 'Terraform resource' })
    // Terraform's writer loads with the tab.
    await waitFor(() => expect(code).toHaveAttribute('aria-busy', 'false'))
    expect(code.textContent).toContain('var.backend_cluster_password')
    expect(code.textContent).toContain(`gateway_id`)
    expect(container.textContent).not.toContain(SEED_PLAINTEXT_SECRETS.chargebacksPassword)
    expect(container.textContent).not.toContain(SEED_PLAINTEXT_SECRETS.chargebacksClientKey)
  })

  it('enables Delete only when the exact name is typed, then returns to the list without the row', async () => {
    const { user } = await openDetail(SEED_CLUSTERS.paymentsDev.id, 'payments-dev')
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete backend cluster?' })
    // Deletable only once the API says no virtual cluster routes to it.
    const input = await within(dialog).findByLabelText('Type payments-dev to confirm')
    expect(dialog).toHaveTextContent(/No virtual cluster routes to it/)
    const confirm = within(dialog).getByRole('button', { name: 'Delete' })
    await user.type(input, 'payments-de')
    expect(confirm).toHaveProperty('disabled', true)
    await user.type(input, 'v')
    expect(confirm).toHaveProperty('disabled', false)
    await user.click(confirm)

    await screen.findByRole('heading', { level: 1, name: 'Backend Clusters' })
    await screen.findByText('Backend cluster "payments-dev" deleted.')
    expect(screen.queryByRole('link', { name: 'payments-dev' })).not.toBeInTheDocument()
    expect(mockStore.getCluster(gatewayId, SEED_CLUSTERS.paymentsDev.id)).toBeUndefined()
  })

  it('puts the row back with the error when the delete fails', async () => {
    mockServer.use(
      http.delete(CLUSTER_URL, () =>
        HttpResponse.json(
          {
            status: 503,
            title: 'Service Unavailable',
            detail: 'Maintenance',
            instance: 'kong:trace:7',
          },
          { status: 503 },
        ),
      ),
    )
    const { user } = await openDetail(SEED_CLUSTERS.paymentsDev.id, 'payments-dev')
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete backend cluster?' })
    await user.type(
      await within(dialog).findByLabelText('Type payments-dev to confirm'),
      'payments-dev{Enter}',
    )

    await screen.findByText(/"payments-dev" was not deleted/)
    await screen.findByRole('link', { name: 'payments-dev' })
    expect(mockStore.getCluster(gatewayId, SEED_CLUSTERS.paymentsDev.id)).toBeDefined()
  })

  it('treats a 404 on delete as already gone, not an error', async () => {
    const { user } = await openDetail(SEED_CLUSTERS.paymentsDev.id, 'payments-dev')
    mockStore.deleteCluster(gatewayId, SEED_CLUSTERS.paymentsDev.id)
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete backend cluster?' })
    await user.type(
      await within(dialog).findByLabelText('Type payments-dev to confirm'),
      'payments-dev{Enter}',
    )
    await screen.findByText('"payments-dev" was already deleted.')
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'payments-dev' })).not.toBeInTheDocument(),
    )
  })

  it('duplicates every setting under a free name, without plaintext secrets', async () => {
    const { user } = await openDetail(SEED_CLUSTERS.ledgerEvents.id, 'ledger-events')
    await user.click(screen.getByRole('link', { name: 'Duplicate' }))
    await screen.findByRole('heading', { level: 1, name: 'New backend cluster' })
    // The form renders just after the page's heading.
    await screen.findByRole('form')
    expect(screen.getByLabelText(/^Name/)).toHaveValue('ledger-events-copy')
    expect(screen.getByLabelText(/^Username/)).not.toHaveProperty('value', '')
    expect(screen.getByLabelText(/^Password/)).toHaveValue('')
    expect(screen.queryByText('Stored — hidden')).not.toBeInTheDocument()
    expect(screen.getByText(/are not copied: enter them again/)).toBeInTheDocument()
  })

  describe('who uses it', () => {
    const core = SEED_CLUSTERS.paymentsCore
    const USERS = ['payments-internal', 'payments-partners', 'payments-public']

    it('lists the virtual clusters routed to it, with their authentication methods', async () => {
      await openDetail(core.id, core.name)
      const usedBy = section('Used by')
      for (const name of USERS) {
        expect(await within(usedBy).findByRole('link', { name })).toHaveAttribute(
          'href',
          expect.stringMatching(
            new RegExp(`/event-gateways/${gatewayId}/virtual-clusters/[0-9a-f-]{36}$`),
          ),
        )
      }
      expect(usedBy).toHaveTextContent(
        /SASL\/PLAIN|OAuth bearer|SCRAM|Anonymous|Client certificate/,
      )
      expect(within(usedBy).getByRole('link', { name: 'New virtual cluster' })).toHaveAttribute(
        'href',
        `/event-gateways/${gatewayId}/virtual-clusters/new?backend_cluster=${core.id}`,
      )
    })

    it('says when no virtual cluster uses it', async () => {
      await openDetail(SEED_CLUSTERS.paymentsDev.id, 'payments-dev')
      expect(
        await within(section('Used by')).findByText(
          'No virtual clusters use this backend cluster.',
        ),
      ).toBeInTheDocument()
    })

    it('offers no delete while virtual clusters use it, and names them', async () => {
      const deletes: string[] = []
      mockServer.events.on('request:start', ({ request }) => {
        if (request.method === 'DELETE') deletes.push(request.url)
      })
      const { user } = await openDetail(core.id, core.name)
      await user.click(screen.getByRole('button', { name: 'Delete' }))
      const dialog = await screen.findByRole('dialog', { name: 'Delete backend cluster?' })

      expect(await within(dialog).findByText('3 virtual clusters route to it')).toBeInTheDocument()
      for (const name of USERS) {
        expect(within(dialog).getByRole('link', { name })).toBeInTheDocument()
      }
      expect(dialog).toHaveTextContent(/Move them to another backend cluster or delete them first/)
      expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument()
      expect(within(dialog).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument()
      await user.click(within(dialog).getByRole('button', { name: 'Close' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
      expect(deletes).toEqual([])
      mockServer.events.removeAllListeners()
    })

    it('fails closed when the check fails: Retry, and no delete until it succeeds', async () => {
      let failing = true
      mockServer.use(
        http.get(`*/api/konnect/event-gateways/${gatewayId}/virtual-clusters`, () =>
          failing
            ? HttpResponse.json(
                {
                  status: 503,
                  title: 'Service Unavailable',
                  detail: 'Try later',
                  instance: 'kong:trace:9',
                },
                { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
              )
            : undefined,
        ),
      )
      const { user } = await openDetail(SEED_CLUSTERS.paymentsDev.id, 'payments-dev')
      await user.click(screen.getByRole('button', { name: 'Delete' }))
      const dialog = await screen.findByRole('dialog', { name: 'Delete backend cluster?' })

      expect(
        await within(dialog).findByText('Could not check which virtual clusters use it'),
      ).toBeInTheDocument()
      expect(within(dialog).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument()
      expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument()

      failing = false
      await user.click(within(dialog).getByRole('button', { name: 'Retry' }))
      expect(
        await within(dialog).findByLabelText('Type payments-dev to confirm'),
      ).toBeInTheDocument()
    })

    it('still shows the API’s reason when it refuses the delete with 409', async () => {
      mockServer.use(
        http.delete(CLUSTER_URL, () =>
          HttpResponse.json(
            {
              status: 409,
              title: 'Conflict',
              detail:
                'Backend cluster [payments-dev] is the destination of virtual cluster [late-comer].',
              instance: 'kong:trace:11',
            },
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      )
      const { user } = await openDetail(SEED_CLUSTERS.paymentsDev.id, 'payments-dev')
      await user.click(screen.getByRole('button', { name: 'Delete' }))
      const dialog = await screen.findByRole('dialog', { name: 'Delete backend cluster?' })
      await user.type(
        await within(dialog).findByLabelText('Type payments-dev to confirm'),
        'payments-dev{Enter}',
      )
      expect(await screen.findByText(/virtual cluster \[late-comer\]/)).toBeInTheDocument()
      await screen.findByRole('link', { name: 'payments-dev' })
    })
  })
})
