import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockStore } from '../../../mocks/node'
import { SEED_CLUSTERS, SEED_VIRTUAL_CLUSTERS } from '../../../mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../../../mocks/seed/seed-gateways'
import { renderApp } from '../../../test/render-app'

const gatewayId = SEED_GATEWAYS.payments.id
const listPath = (query = '') => `/event-gateways/${gatewayId}/virtual-clusters${query}`
const core = SEED_CLUSTERS.paymentsCore

async function findTable() {
  const table = await screen.findByRole('table', { name: 'Virtual clusters' })
  await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'))
  return table
}

function rowNames(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '')
}

function searchParams(history: ReturnType<typeof renderApp>['history']) {
  return new URLSearchParams(history.location.search)
}

describe('Virtual clusters list', () => {
  it('shows each virtual cluster with its DNS label, destination, methods in order and ACL mode', async () => {
    renderApp(listPath())
    const table = await findTable()
    expect(rowNames(table)).toEqual([
      'chargebacks-ops',
      'fraud-analytics-readonly',
      'ledger-audit',
      'payments-internal',
      'payments-partners',
      'payments-public',
      'payouts-sandbox',
    ])
    const publicRow = within(table).getByRole('link', { name: 'payments-public' }).closest('tr')
    if (!publicRow) throw new Error('no row for payments-public')
    const row = within(publicRow)
    expect(row.getByText('payments-public', { selector: 'span' })).toBeInTheDocument()
    expect(row.getByRole('link', { name: core.name })).toHaveAttribute(
      'href',
      `/event-gateways/${gatewayId}/backend-clusters/${core.id}`,
    )
    const methods = row.getByRole('list', { name: 'Authentication methods, in the order tried' })
    expect(
      within(methods)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['SASL/PLAIN (terminate)', 'OAuth bearer (validate and forward)'])
    expect(publicRow).toHaveTextContent('Enforce on gateway')
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent(
      '7 virtual clusters',
    )
  })

  it('filters by backend cluster from the URL and from the Backend cluster box', async () => {
    const { user, history } = renderApp(listPath(`?backend_cluster=${core.id}`))
    let table = await findTable()
    expect(rowNames(table)).toEqual(['payments-internal', 'payments-partners', 'payments-public'])
    const filter = screen.getByRole('combobox', { name: 'Backend cluster' })
    await waitFor(() => expect(filter).toHaveValue(core.name))

    await user.clear(filter)
    await user.type(filter, 'ledger')
    await user.click(await screen.findByRole('option', { name: 'ledger-events' }))
    await waitFor(() =>
      expect(searchParams(history).get('backend_cluster')).toBe(SEED_CLUSTERS.ledgerEvents.id),
    )
    table = await findTable()
    await waitFor(() => expect(rowNames(table)).toEqual(['ledger-audit']))
  })

  it('combines the name search with the backend-cluster filter, and says when nothing matches', async () => {
    const { user } = renderApp(listPath(`?backend_cluster=${SEED_CLUSTERS.paymentsDev.id}`))
    expect(await screen.findByText('No virtual clusters match this filter')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filter' }))
    const table = await findTable()
    expect(rowNames(table)).toHaveLength(7)

    await user.type(screen.getByLabelText('Search by name'), 'partners')
    await waitFor(() => expect(rowNames(table)).toEqual(['payments-partners']))
  })

  it('offers New virtual cluster for the filtered backend cluster', async () => {
    renderApp(listPath(`?backend_cluster=${core.id}`))
    await findTable()
    expect(screen.getByRole('link', { name: 'New virtual cluster' })).toHaveAttribute(
      'href',
      `/event-gateways/${gatewayId}/virtual-clusters/new?backend_cluster=${core.id}`,
    )
  })

  it('deletes from the row menu after the name is typed', async () => {
    const { user } = renderApp(listPath())
    const table = await findTable()
    await user.click(within(table).getByRole('button', { name: 'Actions for ledger-audit' }))
    const menu = await screen.findByRole('menu')
    expect(within(menu).getByRole('menuitem', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/event-gateways/${gatewayId}/virtual-clusters/${SEED_VIRTUAL_CLUSTERS.ledgerAudit.id}/edit`,
    )
    await user.click(within(menu).getByRole('menuitem', { name: 'Delete' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete virtual cluster?' })
    expect(dialog).toHaveTextContent(/lose their connection/)
    await user.type(within(dialog).getByLabelText('Type ledger-audit to confirm'), 'ledger-audit')
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))

    expect(await screen.findByText('Virtual cluster "ledger-audit" deleted.')).toBeInTheDocument()
    await waitFor(() => expect(rowNames(table)).not.toContain('ledger-audit'))
    expect(
      mockStore.getVirtualCluster(gatewayId, SEED_VIRTUAL_CLUSTERS.ledgerAudit.id),
    ).toBeUndefined()
  })

  it('says so, with the first step, when the gateway has none', async () => {
    renderApp(`/event-gateways/${SEED_GATEWAYS.sandbox.id}/virtual-clusters`)
    expect(await screen.findByText('No virtual clusters yet')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'New virtual cluster' })).toBeInTheDocument()
  })
})
