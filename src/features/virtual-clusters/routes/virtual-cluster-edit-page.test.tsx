import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mockServer, mockStore } from '../../../mocks/node'
import { SEED_PLAINTEXT_SECRETS, SEED_VIRTUAL_CLUSTERS } from '../../../mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../../../mocks/seed/seed-gateways'
import { renderApp } from '../../../test/render-app'
import { toFormValues } from '../form/mapping/virtual-cluster-form-from-api'
import { toUpdateRequest } from '../form/mapping/virtual-cluster-request-mapper'
import { methodCard, recordBodies } from './virtual-cluster-page.test-support'

const gatewayId = SEED_GATEWAYS.payments.id
const publicId = SEED_VIRTUAL_CLUSTERS.paymentsPublic.id
const editPath = (id: string) => `/event-gateways/${gatewayId}/virtual-clusters/${id}/edit`
const sent = recordBodies()

async function openEdit(id = publicId, name = 'payments-public') {
  const app = renderApp(editPath(id))
  await screen.findByRole('heading', { level: 1, name: `Edit ${name}` })
  // The form renders just after the page's heading.
  await screen.findByRole('form')
  return app
}

function storedPublic() {
  const stored = mockStore.getVirtualCluster(gatewayId, publicId)
  if (!stored) throw new Error('seed changed')
  return stored
}

describe('Edit virtual cluster page', () => {
  it('keeps Save disabled until something changes', async () => {
    const { user } = await openEdit()
    const save = screen.getByRole('button', { name: 'Save' })
    expect(save).toBeDisabled()
    await user.type(screen.getByRole('textbox', { name: 'Description' }), '!')
    expect(save).toBeEnabled()
  })

  it('reviews the change, then PUTs everything back, leaving stored passwords out', async () => {
    const before = storedPublic()
    const { user, history } = await openEdit()
    const plain = methodCard('1. SASL/PLAIN')
    const first = within(plain).getByRole('group', { name: 'Principal 1' })
    expect(within(first).getByText('Stored — hidden')).toBeInTheDocument()
    expect(within(first).getByRole('button', { name: 'Replace password' })).toBeInTheDocument()

    const description = screen.getByRole('textbox', { name: 'Description' })
    await user.clear(description)
    await user.type(description, 'Storefront, edited')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const dialog = await screen.findByRole('dialog', { name: 'Review changes' })
    const rows = within(within(dialog).getByRole('table', { name: 'Your changes' })).getAllByRole(
      'row',
    )
    expect(rows.map((row) => row.textContent)).toEqual([
      'FieldBeforeAfter',
      `Description${before.description ?? ''}Storefront, edited`,
    ])
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))

    await waitFor(() =>
      expect(history.location.pathname).toBe(
        `/event-gateways/${gatewayId}/virtual-clusters/${publicId}`,
      ),
    )
    expect(await screen.findByText('Virtual cluster "payments-public" saved.')).toBeInTheDocument()
    // Lossless: the PUT is the saved configuration with the one change, stored password left out.
    expect(sent.puts).toEqual([
      { ...toUpdateRequest(toFormValues(before)), description: 'Storefront, edited' },
    ])
    expect(JSON.stringify(sent.puts)).not.toContain(
      SEED_PLAINTEXT_SECRETS.checkoutWebPrincipalPassword,
    )
    const stored = mockStore.getStoredVirtualCluster(gatewayId, publicId)
    expect(stored?.authentication[0]).toMatchObject({
      principals: [
        { username: 'checkout-web', password: SEED_PLAINTEXT_SECRETS.checkoutWebPrincipalPassword },
        {},
      ],
    })
  })

  it('sends a replaced password, shown in the review only as a new hidden value', async () => {
    const { user } = await openEdit()
    const first = within(methodCard('1. SASL/PLAIN')).getByRole('group', { name: 'Principal 1' })
    await user.click(within(first).getByRole('button', { name: 'Replace password' }))
    await user.type(within(first).getByLabelText(/^Password/), 'rotated-Secret-9')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' })
    expect(
      within(dialog).getByRole('row', { name: /Method 1 \(SASL\/PLAIN\) · Principal password/ }),
    ).toHaveTextContent('Stored — hiddena new value (hidden)')
    expect(dialog.textContent).not.toContain('rotated-Secret-9')
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Virtual cluster "payments-public" saved.')
    expect(sent.puts).toMatchObject([
      {
        authentication: [
          { principals: [{ username: 'checkout-web', password: 'rotated-Secret-9' }, {}] },
          {},
        ],
      },
    ])
  })

  it('asks for a password again when the username of a stored principal changes', async () => {
    const { user } = await openEdit()
    const first = within(methodCard('1. SASL/PLAIN')).getByRole('group', { name: 'Principal 1' })
    const username = within(first).getByRole('textbox', { name: 'Username' })
    await user.clear(username)
    await user.type(username, 'checkout-web-v2')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(
      await within(first).findByText('Enter the password again: the username changed'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(sent.puts).toHaveLength(0)
  })

  it('flags a principal username padded with spaces at the field, as the backend-cluster form does', async () => {
    const body = savedBodyWithoutMarkers()
    mockStore.replaceVirtualCluster(gatewayId, publicId, {
      ...body,
      authentication: [
        {
          type: 'sasl_plain',
          mediation: 'terminate',
          principals: [{ username: 'checkout-web' }, { username: ' legacy-app ', password: 'l-1' }],
        },
        ...body.authentication.slice(1),
      ],
    })
    const { user } = await openEdit()
    const plain = methodCard('1. SASL/PLAIN')
    const [first, second] = [1, 2].map((n) =>
      within(within(plain).getByRole('group', { name: `Principal ${n}` })).getByRole('textbox', {
        name: 'Username',
      }),
    )
    // Typed: flagged once the field is left, never trimmed behind the operator's back.
    await user.type(first ?? plain, ' ')
    await user.tab()
    // Validation runs once the lazily loaded schema is in: under load, after the blur returns.
    await waitFor(() => expect(first).toHaveAttribute('aria-invalid', 'true'))
    expect(first).toHaveAccessibleDescription('Remove the spaces at the start or end')
    await user.type(first ?? plain, '{Backspace}')
    await user.type(screen.getByRole('textbox', { name: 'Description' }), '!')
    // Loaded padded from Konnect: flagged when saving, and nothing is sent.
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(second).toHaveAttribute('aria-invalid', 'true'))
    expect(second).toHaveAccessibleDescription('Remove the spaces at the start or end')
    expect(second).toHaveValue(' legacy-app ')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(sent.puts).toHaveLength(0)
  })

  it('asks again for both stored passwords when two principals swap usernames', async () => {
    // Konnect holds a password for each name; after a swap each would silently get the other's.
    const body = savedBodyWithoutMarkers()
    mockStore.replaceVirtualCluster(gatewayId, publicId, {
      ...body,
      authentication: [
        {
          type: 'sasl_plain',
          mediation: 'terminate',
          principals: [{ username: 'checkout-web' }, { username: 'mobile-app', password: 'm-9' }],
        },
        ...body.authentication.slice(1),
      ],
    })
    const { user } = await openEdit()
    const plain = methodCard('1. SASL/PLAIN')
    const rows = [1, 2].map((n) => within(plain).getByRole('group', { name: `Principal ${n}` }))
    const [first, second] = rows.map((row) => within(row))
    expect(first?.getByText('Stored — hidden')).toBeInTheDocument()
    expect(second?.getByText('Stored — hidden')).toBeInTheDocument()

    for (const [row, name] of [
      [first, 'mobile-app'],
      [second, 'checkout-web'],
    ] as const) {
      const username = row?.getByRole('textbox', { name: 'Username' })
      if (!username) throw new Error('no username field')
      await user.clear(username)
      await user.type(username, name)
    }
    // At the password field at once, before any save: the stored one no longer applies.
    for (const row of [first, second]) {
      const password = row?.getByLabelText(/^Password/)
      expect(password).toHaveAttribute('aria-invalid', 'true')
      expect(password).toHaveAccessibleDescription('Enter the password again: the username changed')
      expect(row?.queryByText('Stored — hidden')).not.toBeInTheDocument()
    }
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(first?.getByLabelText(/^Password/)).toHaveFocus())
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(sent.puts).toHaveLength(0)
  })

  it('asks again for stored passwords whose SASL/PLAIN method moved among the others', async () => {
    const body = savedBodyWithoutMarkers()
    mockStore.replaceVirtualCluster(gatewayId, publicId, {
      ...body,
      authentication: [
        ...body.authentication,
        {
          type: 'sasl_plain',
          mediation: 'terminate',
          principals: [{ username: 'checkout-web', password: 'other-method-pw' }],
        },
      ],
    })
    const { user } = await openEdit()
    await user.click(screen.getByRole('button', { name: 'Move SASL/PLAIN (method 3) up' }))
    await user.click(screen.getByRole('button', { name: 'Move SASL/PLAIN (method 2) up' }))
    for (const heading of ['1. SASL/PLAIN', '2. SASL/PLAIN']) {
      const first = within(methodCard(heading)).getByRole('group', { name: 'Principal 1' })
      expect(within(first).getByLabelText(/^Password/)).toHaveAccessibleDescription(
        'Enter the password again: its authentication method moved',
      )
    }
    // Back in their order (the OAuth method between them counts for nothing), both are kept again.
    await user.click(screen.getByRole('button', { name: 'Move SASL/PLAIN (method 1) down' }))
    for (const heading of ['1. SASL/PLAIN', '2. SASL/PLAIN']) {
      const first = within(methodCard(heading)).getByRole('group', { name: 'Principal 1' })
      expect(within(first).getByText('Stored — hidden')).toBeInTheDocument()
    }
  })

  it('names in the review the stored passwords the save keeps', async () => {
    const { user } = await openEdit()
    await user.type(screen.getByRole('textbox', { name: 'Description' }), '!')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' })
    const kept = within(dialog).getByRole('list', { name: 'Kept as stored' })
    expect(
      within(kept)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Method 1 (SASL/PLAIN) · password of checkout-web'])
  })

  it.each([
    [
      'A virtual cluster with the DNS label [payments-public] already exists in this event gateway.',
      'DNS label',
    ],
    ['A virtual cluster named [payments-public] already exists in this event gateway.', 'Name'],
  ])('puts a 409 on the field its detail names: %s', async (detail, field) => {
    mockServer.use(
      http.put(`*/event-gateways/${gatewayId}/virtual-clusters/${publicId}`, () =>
        HttpResponse.json(
          { status: 409, title: 'Conflict', detail, instance: 'kong:trace:409' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = await openEdit()
    await user.type(screen.getByRole('textbox', { name: 'Description' }), '!')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' })
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    const named = await screen.findByRole('textbox', { name: field })
    await waitFor(() => expect(named).toHaveAttribute('aria-invalid', 'true'))
    expect(named).toHaveFocus()
    const other = screen.getByRole('textbox', { name: field === 'Name' ? 'DNS label' : 'Name' })
    expect(other).not.toHaveAttribute('aria-invalid', 'true')
  })

  it('shows a 409 that names neither the name nor the DNS label in an alert, with its detail', async () => {
    const detail = 'Another update of this virtual cluster is in progress; try again shortly.'
    mockServer.use(
      http.put(`*/event-gateways/${gatewayId}/virtual-clusters/${publicId}`, () =>
        HttpResponse.json(
          { status: 409, title: 'Conflict', detail, instance: 'kong:trace:409' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = await openEdit()
    await user.type(screen.getByRole('textbox', { name: 'Description' }), '!')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' })
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    const alert = await screen.findByRole('alert', { name: 'Conflict' })
    expect(alert).toHaveTextContent(detail)
    expect(alert).toHaveFocus()
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    )
    expect(screen.getByRole('textbox', { name: 'DNS label' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    )
    // Nothing typed is lost.
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue(
      `${storedPublic().description ?? ''}!`,
    )
  })

  it('warns before overwriting a virtual cluster someone else changed since the form loaded', async () => {
    const { user } = await openEdit()
    const original = storedPublic().description ?? ''
    mockStore.replaceVirtualCluster(gatewayId, publicId, {
      ...savedBodyWithoutMarkers(),
      labels: { changed: 'elsewhere' },
    })
    await user.type(screen.getByRole('textbox', { name: 'Description' }), '!')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const dialog = await screen.findByRole('dialog', { name: 'Review changes' })
    expect(within(dialog).getByText('Someone else changed this cluster')).toBeInTheDocument()
    expect(
      within(dialog).getByRole('table', { name: 'Changes made by someone else' }),
    ).toHaveTextContent('Label changed')
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(sent.puts).toHaveLength(0)
    // Nothing typed is lost.
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue(`${original}!`)
  })
})

/** The saved configuration as a PUT body Konnect takes: stored passwords left out (kept). */
function savedBodyWithoutMarkers() {
  return toUpdateRequest(toFormValues(storedPublic()))
}
