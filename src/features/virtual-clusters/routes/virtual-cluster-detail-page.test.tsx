import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockStore } from '../../../mocks/node'
import { SEED_CLUSTERS, SEED_VIRTUAL_CLUSTERS } from '../../../mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../../../mocks/seed/seed-gateways'
import { renderApp } from '../../../test/render-app'

const gatewayId = SEED_GATEWAYS.payments.id
const detailPath = (id: string) => `/event-gateways/${gatewayId}/virtual-clusters/${id}`
const paymentsPublic = SEED_VIRTUAL_CLUSTERS.paymentsPublic

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

describe('Virtual cluster detail page', () => {
  it('shows the destination as a link and the methods in the order they are tried', async () => {
    await openDetail(paymentsPublic.id, paymentsPublic.name)
    expect(
      within(section('General')).getByRole('link', { name: SEED_CLUSTERS.paymentsCore.name }),
    ).toHaveAttribute(
      'href',
      `/event-gateways/${gatewayId}/backend-clusters/${SEED_CLUSTERS.paymentsCore.id}`,
    )
    const methods = within(section('Authentication')).getAllByRole('heading', { level: 3 })
    expect(methods.map((heading) => heading.textContent)).toEqual([
      '1. SASL/PLAIN (terminate)',
      '2. OAuth bearer (validate and forward)',
    ])
  })

  it('shows principal passwords as stored or as their reference, never their value', async () => {
    const stored = mockStore.getStoredVirtualCluster(gatewayId, paymentsPublic.id)
    const plaintext = stored?.authentication.flatMap((method) =>
      method.type === 'sasl_plain' ? (method.principals ?? []).map((p) => p.password ?? '') : [],
    )
    const { container } = await openDetail(paymentsPublic.id, paymentsPublic.name)
    const auth = section('Authentication')
    expect(within(auth).getByText('Stored — hidden')).toBeInTheDocument()
    expect(auth).toHaveTextContent("${vault.env['MOBILE_APP_KAFKA_PASSWORD']}")
    for (const password of plaintext ?? []) {
      if (!password.startsWith('${')) expect(container.innerHTML).not.toContain(password)
    }
  })

  it('deletes after the name is typed and returns to the list', async () => {
    const audit = SEED_VIRTUAL_CLUSTERS.ledgerAudit
    const { user } = await openDetail(audit.id, audit.name)
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete virtual cluster?' })
    await user.type(
      within(dialog).getByLabelText('Type ledger-audit to confirm'),
      'ledger-audit{Enter}',
    )

    await screen.findByRole('heading', { level: 1, name: 'Virtual Clusters' })
    expect(await screen.findByText('Virtual cluster "ledger-audit" deleted.')).toBeInTheDocument()
    expect(mockStore.getVirtualCluster(gatewayId, audit.id)).toBeUndefined()
  })

  it('says so when the virtual cluster does not exist', async () => {
    renderApp(detailPath('00000000-0000-4000-8000-000000000000'))
    expect(
      await screen.findByRole('heading', { name: 'Virtual cluster not found' }),
    ).toBeInTheDocument()
  })

  it('shows its configuration with stored passwords as placeholders, and Terraform to adopt it', async () => {
    const { user } = await openDetail(paymentsPublic.id, paymentsPublic.name)
    const panel = section('Configuration')
    expect(within(panel).getByRole('region', { name: 'JSON configuration' })).toHaveTextContent(
      '"dns_label": "payments-public"',
    )
    await user.click(within(panel).getByRole('tab', { name: 'Terraform' }))
    const terraform = within(panel).getByRole('region', { name: 'Terraform resource' })
    // Terraform's writer loads with the tab.
    await waitFor(() => expect(terraform).toHaveAttribute('aria-busy', 'false'))
    expect(terraform).toHaveTextContent('resource "konnect_event_gateway_virtual_cluster"')
    expect(terraform).toHaveTextContent(
      `id = jsonencode({ gateway_id = "${gatewayId}", id = "${paymentsPublic.id}" })`,
    )
    expect(terraform).not.toHaveTextContent('konnect-beta')
    expect(terraform).not.toHaveTextContent('stored-in-konnect')
  })
})
