import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockStore } from '../../../mocks/node'
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
      await within(first).findByText(
        'Konnect holds no password for this username in this method; enter one',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(sent.puts).toHaveLength(0)
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
