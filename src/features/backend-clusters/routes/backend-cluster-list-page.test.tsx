import { act, screen, waitFor, within } from '@testing-library/react'
import { delay, getResponse, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { BackendClusterListResponse } from '../../../api/api-types'
import { createHandlers } from '../../../mocks/handlers'
import { mockServer, mockStore } from '../../../mocks/node'
import { SEED_CLUSTERS } from '../../../mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../../../mocks/seed/seed-gateways'
import { describeRelativeTime } from '../../../components/time-format'
import { renderApp } from '../../../test/render-app'

const analytics = SEED_GATEWAYS.analytics
const payments = SEED_GATEWAYS.payments
const listPath = (gatewayId: string, query = '') =>
  `/event-gateways/${gatewayId}/backend-clusters${query}`
const LIST_URL = '*/api/konnect/event-gateways/:gatewayId/backend-clusters'

function problem(status: number, title: string, detail = '') {
  return HttpResponse.json(
    { status, title, detail, instance: 'kong:trace:7' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )
}

/** The table once rows are in (not the skeleton). */
async function findTable() {
  return screen.findByRole('table', { name: 'Backend clusters', busy: false })
}

/**
 * Names in the Name column, in order. Plain DOM reads: role queries over a 25-row MUI table are
 * slow in happy-dom, and this runs inside waitFor loops.
 */
function clusterNames(): string[] {
  const table = document.querySelector<HTMLTableElement>('table[aria-label="Backend clusters"]')
  if (!table || table.getAttribute('aria-busy') === 'true') return []
  return Array.from(
    table.querySelectorAll('tbody tr'),
    (row) => row.querySelector('td')?.textContent ?? '',
  )
}

function searchParams(history: ReturnType<typeof renderApp>['history']) {
  return new URLSearchParams(history.location.search)
}

describe('Backend cluster list page', () => {
  it('shows skeleton rows in the table, in the real columns, while the first page loads', async () => {
    let answer: () => void = () => undefined
    const answered = new Promise<void>((resolve) => (answer = resolve))
    mockServer.use(
      http.get(LIST_URL, async () => {
        await answered
        return undefined
      }),
    )
    renderApp(listPath(payments.id))

    const table = await screen.findByRole('table', { name: 'Backend clusters', busy: true })
    const headers = within(table).getAllByRole('columnheader')
    expect(headers.map((header) => header.textContent)).toEqual([
      'Name',
      'Bootstrap servers',
      'Authentication',
      'TLS',
      'Labels',
      'Updated',
      'Actions',
    ])
    const [, ...skeletonRows] = within(table).getAllByRole('row', { hidden: true })
    expect(skeletonRows).toHaveLength(10)
    for (const row of skeletonRows) {
      expect(row.getAttribute('aria-hidden')).toBe('true')
      expect(within(row).getAllByRole('cell', { hidden: true })).toHaveLength(7)
    }
    expect(within(table).queryByRole('link')).not.toBeInTheDocument()

    act(() => answer())
    const loaded = await findTable()
    expect(within(loaded).getByRole('link', { name: 'payments-core' })).toBeInTheDocument()
  })

  it('shows each column: servers with +N, authentication, TLS with a skip-verify warning, labels, updated', async () => {
    renderApp(listPath(payments.id))
    const table = await findTable()

    const core = within(table).getByRole('row', { name: /payments-core/ })
    expect(within(core).getByRole('link', { name: 'payments-core' }).getAttribute('href')).toBe(
      listPath(payments.id, `/${SEED_CLUSTERS.paymentsCore.id}`),
    )
    expect(core.textContent).toContain('kafka-1.payments.prod.internal:9093')
    expect(
      within(core).getByRole('button', {
        name: '+2 more bootstrap servers: kafka-2.payments.prod.internal:9093, kafka-3.payments.prod.internal:9093',
      }),
    ).toBeInTheDocument()
    expect(core.textContent).toContain('SCRAM-SHA-512')
    expect(within(core).getByText('env: prod')).toBeInTheDocument()
    expect(within(core).getByText('team: payments')).toBeInTheDocument()
    expect(
      within(core).getByRole('button', { name: '+1 more labels: tier: critical' }),
    ).toBeInTheDocument()
    const updated = core.querySelector('time')
    expect(updated?.getAttribute('dateTime')).toBe('2025-08-30T09:15:42.007Z')
    expect(updated?.textContent).toContain(describeRelativeTime('2025-08-30T09:15:42.007Z'))

    const skipVerify = within(table).getByRole('row', { name: /payouts-staging/ })
    expect(skipVerify.textContent).toContain('certificate verification is skipped')
    const plaintext = within(table).getByRole('row', { name: /payments-dev/ })
    expect(within(plaintext).getAllByRole('cell')[3]?.textContent).toBe('Off')
    const fraud = within(table).getByRole('row', { name: /fraud-scoring/ })
    expect(fraud.textContent).toContain('SASL/PLAIN')
  })

  it('shows the empty state with a New backend cluster link for a gateway without clusters', async () => {
    renderApp(listPath(SEED_GATEWAYS.sandbox.id))

    expect(await screen.findByText('No backend clusters yet')).toBeInTheDocument()
    const links = screen.getAllByRole('link', { name: 'New backend cluster' })
    expect(links).toHaveLength(1)
    expect(links[0]?.getAttribute('href')).toBe(listPath(SEED_GATEWAYS.sandbox.id, '/new'))
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Search by name')).not.toBeInTheDocument()
  })

  it('keeps a New backend cluster link in the header while clusters exist', async () => {
    renderApp(listPath(payments.id))
    await findTable()
    expect(screen.getByRole('link', { name: 'New backend cluster' }).getAttribute('href')).toBe(
      listPath(payments.id, '/new'),
    )
  })

  it('says when a search matches nothing, and Clear search brings the list back', async () => {
    const { user, history } = renderApp(listPath(analytics.id, '?q=no-such-cluster'))

    expect(await screen.findByText('No backend clusters match this search')).toBeInTheDocument()
    expect(screen.getByText(/No name contains “no-such-cluster”/)).toBeInTheDocument()
    expect(screen.getByLabelText('Search by name')).toHaveValue('no-such-cluster')
    expect(screen.getByRole('link', { name: 'New backend cluster' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    await findTable()
    expect(clusterNames()[0]).toBe('ads-audit')
    expect(searchParams(history).has('q')).toBe(false)
    const input = screen.getByLabelText('Search by name')
    expect(input).toHaveValue('')
    expect(input).toHaveFocus()
  })

  it('shows an error with Retry, and the list once Retry succeeds', async () => {
    let failing = true
    mockServer.use(
      http.get(LIST_URL, () =>
        failing ? problem(500, 'Internal Server Error', 'The database is busy.') : undefined,
      ),
    )
    const { user } = renderApp(listPath(payments.id))

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Konnect could not complete the request')
    expect(alert.textContent).toContain('The database is busy.')
    expect(alert.textContent).toContain('kong:trace:7')
    expect(screen.queryByRole('table')).not.toBeInTheDocument()

    failing = false
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    const table = await findTable()
    expect(within(table).getByRole('link', { name: 'payments-core' })).toBeInTheDocument()
  })

  it.each([
    [401, 'Unauthorized', 'The token was rejected', /personal access token/],
    [403, 'Forbidden', 'You do not have permission', /organization admin/],
  ])('explains a %i in place of the table', async (status, title, heading, advice) => {
    mockServer.use(http.get(LIST_URL, () => problem(status, title)))
    renderApp(listPath(payments.id))

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(heading)
    expect(alert.textContent).toMatch(advice)
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('pages forward and back with the cursor in the URL', async () => {
    const { user, history } = renderApp(listPath(analytics.id))
    await findTable()
    const firstPage = clusterNames()
    expect(firstPage).toHaveLength(25)
    expect(screen.getByText('25 on this page')).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: 'Go to previous page' }).getAttribute('aria-disabled'),
    ).toBe('true')

    await user.click(screen.getByRole('button', { name: 'Go to next page' }))
    await waitFor(() => expect(searchParams(history).get('after')).toMatch(/\S/))
    await waitFor(() => expect(clusterNames()[0]).not.toBe(firstPage[0]))
    await findTable()
    const secondPage = clusterNames()
    expect(secondPage).toHaveLength(25)
    expect(secondPage.some((name) => firstPage.includes(name))).toBe(false)

    await user.click(screen.getByRole('button', { name: 'Go to previous page' }))
    await waitFor(() => expect(searchParams(history).has('after')).toBe(false))
    await waitFor(() => expect(clusterNames()).toEqual(firstPage))
  })

  it('goes back a page by its own notes when the API sends no previous link', async () => {
    // A Konnect that only sends `next`: the same answers as the mock's, without `previous`.
    const seeded = createHandlers({ store: mockStore, baseUrl: '*/api/konnect' })
    mockServer.use(
      http.get(LIST_URL, async ({ request }) => {
        const answer = await getResponse(seeded, request)
        if (!answer?.ok) return answer
        const body = (await answer.json()) as BackendClusterListResponse
        const page = body.meta?.page
        return HttpResponse.json(
          page ? { ...body, meta: { page: { ...page, previous: null } } } : body,
        )
      }),
    )
    const { user, history } = renderApp(listPath(analytics.id, '?size=10'))
    await findTable()
    const pages: string[][] = [clusterNames()]
    for (let index = 0; index < 2; index += 1) {
      await user.click(screen.getByRole('button', { name: 'Go to next page' }))
      await waitFor(() => expect(clusterNames()[0]).not.toBe(pages.at(-1)?.[0]))
      await findTable()
      pages.push(clusterNames())
    }
    const thirdPageCursor = searchParams(history).get('after')

    await user.click(screen.getByRole('button', { name: 'Go to previous page' }))
    await waitFor(() => expect(clusterNames()).toEqual(pages[1]))
    expect(searchParams(history).get('after')).not.toBe(thirdPageCursor)
    expect(searchParams(history).has('after')).toBe(true)
  })

  it('explains a page link the API no longer accepts and goes to the first page', async () => {
    const { user, history } = renderApp(listPath(analytics.id, '?after=not-a-real-cursor'))

    expect(await screen.findByText('This page link no longer works')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Go to first page' }))
    await findTable()
    expect(clusterNames()[0]).toBe('ads-audit')
    expect(searchParams(history).has('after')).toBe(false)
  })

  it('changes the page size, back to page one, with the size in the URL', async () => {
    const { user, history } = renderApp(listPath(analytics.id))
    await findTable()
    await user.click(screen.getByRole('button', { name: 'Go to next page' }))
    await waitFor(() => expect(searchParams(history).has('after')).toBe(true))

    await user.selectOptions(screen.getByLabelText('Rows per page'), '10')
    await waitFor(() => expect(clusterNames()).toHaveLength(10))
    expect(searchParams(history).get('size')).toBe('10')
    expect(searchParams(history).has('after')).toBe(false)
    expect(clusterNames()[0]).toBe('ads-audit')

    await user.selectOptions(screen.getByLabelText('Rows per page'), '25')
    await waitFor(() => expect(clusterNames()).toHaveLength(25))
    expect(searchParams(history).has('size')).toBe(false)
  })

  it('searches by name through the URL, keeping focus and every typed character', async () => {
    // Slow answers: typing goes on while earlier searches are still loading.
    mockServer.use(
      http.get(LIST_URL, async () => {
        await delay(150)
        return undefined
      }),
    )
    const { user, history } = renderApp(listPath(analytics.id))
    await findTable()
    const input = screen.getByLabelText('Search by name')

    await user.type(input, 'click')
    await delay(350)
    await user.type(input, 'stream-re')
    expect(input).toHaveValue('clickstream-re')
    expect(input).toHaveFocus()

    await waitFor(() => expect(searchParams(history).get('q')).toBe('clickstream-re'))
    await waitFor(() =>
      expect(clusterNames()).toEqual([
        'clickstream-realtime',
        'clickstream-replay',
        'clickstream-reporting',
      ]),
    )
    expect(input).toHaveValue('clickstream-re')
    expect(input).toHaveFocus()
    expect(screen.getByText('3 backend clusters')).toBeInTheDocument()
  })

  it('shows the search from the URL, and follows back to the previous search', async () => {
    const { user, history } = renderApp(listPath(analytics.id, '?q=billing&size=10'))
    await findTable()
    expect(clusterNames().every((name) => name.startsWith('billing-'))).toBe(true)
    expect(clusterNames()).toHaveLength(10)
    const input = screen.getByLabelText('Search by name')
    expect(input).toHaveValue('billing')

    await user.click(screen.getByRole('button', { name: 'Go to next page' }))
    await waitFor(() => expect(searchParams(history).has('after')).toBe(true))
    await user.clear(input)
    await user.type(input, 'growth')
    await waitFor(() => expect(searchParams(history).get('q')).toBe('growth'))
    // A new search starts at its first page.
    expect(searchParams(history).has('after')).toBe(false)
    await waitFor(() => expect(clusterNames()[0]).toBe('growth-audit'))

    act(() => history.back())
    await waitFor(() => expect(input).toHaveValue('billing'))
    expect(searchParams(history).get('q')).toBe('billing')
  })

  it('offers View, Edit, Duplicate, Copy ID and Delete for each row', async () => {
    const { user } = renderApp(listPath(payments.id))
    await findTable()
    const trigger = screen.getByRole('button', { name: 'Actions for payments-core' })
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu')

    await user.click(trigger)
    const menu = await screen.findByRole('menu')
    const items = within(menu).getAllByRole('menuitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'View',
      'Edit',
      'Duplicate',
      'Copy ID',
      'Delete',
    ])
    const id = SEED_CLUSTERS.paymentsCore.id
    expect(within(menu).getByRole('menuitem', { name: 'View' }).getAttribute('href')).toBe(
      listPath(payments.id, `/${id}`),
    )
    expect(within(menu).getByRole('menuitem', { name: 'Edit' }).getAttribute('href')).toBe(
      listPath(payments.id, `/${id}/edit`),
    )
    expect(within(menu).getByRole('menuitem', { name: 'Duplicate' }).getAttribute('href')).toBe(
      listPath(payments.id, `/new?duplicate=${id}`),
    )
  })

  it('copies a cluster’s ID and says so', async () => {
    const { user } = renderApp(listPath(payments.id))
    await findTable()
    await user.click(screen.getByRole('button', { name: 'Actions for fraud-scoring' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Copy ID' }))

    expect(await screen.findByText('Copied the ID of fraud-scoring')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe(SEED_CLUSTERS.fraudScoring.id)
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument())
  })

  it('opens the delete dialog for the chosen row', async () => {
    const { user } = renderApp(listPath(payments.id))
    await findTable()
    await user.click(screen.getByRole('button', { name: 'Actions for chargebacks' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }))

    const dialog = await screen.findByRole('dialog')
    expect(dialog.textContent).toContain('chargebacks')
  })
})
