import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockStore } from '../../../mocks/node'
import { SEED_VIRTUAL_CLUSTERS } from '../../../mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../../../mocks/seed/seed-gateways'
import { renderApp } from '../../../test/render-app'
import { toFormValues } from '../form/mapping/virtual-cluster-form-from-api'
import { toCreateRequest } from '../form/mapping/virtual-cluster-request-mapper'
import { methodCard, recordBodies } from './virtual-cluster-page.test-support'

const gatewayId = SEED_GATEWAYS.payments.id
const source = SEED_VIRTUAL_CLUSTERS.paymentsPublic
const sent = recordBodies()

describe('Duplicate a virtual cluster', () => {
  it('copies every setting under a free name and DNS label, and asks for hidden passwords again', async () => {
    const original = mockStore.getVirtualCluster(gatewayId, source.id)
    if (!original) throw new Error('seed changed')
    const { user } = renderApp(
      `/event-gateways/${gatewayId}/virtual-clusters/new?duplicate=${source.id}`,
    )
    await screen.findByRole('heading', { level: 1, name: 'New virtual cluster' })
    // The form renders just after the page's heading.
    await screen.findByRole('form')
    expect(
      await screen.findByText(/Principal passwords Konnect keeps hidden are not copied/),
    ).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('payments-public-copy')
    expect(screen.getByRole('textbox', { name: 'DNS label' })).toHaveValue('payments-public-copy')
    expect(screen.getByRole('combobox', { name: 'Backend cluster' })).toHaveValue('payments-core')

    const plain = methodCard('1. SASL/PLAIN')
    const first = within(plain).getByRole('group', { name: 'Principal 1' })
    const second = within(plain).getByRole('group', { name: 'Principal 2' })
    expect(within(first).queryByText('Stored — hidden')).not.toBeInTheDocument()
    expect(within(first).getByLabelText(/^Password/)).toHaveValue('')
    expect(within(second).getByLabelText(/^Password/)).toHaveValue(
      "${vault.env['MOBILE_APP_KAFKA_PASSWORD']}",
    )

    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(within(first).getByText('Enter a password')).toBeInTheDocument())
    expect(sent.posts).toHaveLength(0)

    await user.type(within(first).getByLabelText(/^Password/), 'new-copy-secret')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText('Virtual cluster "payments-public-copy" created.')
    const expected = toCreateRequest(toFormValues(original))
    const [firstMethod, ...otherMethods] = expected.authentication
    expect(sent.posts).toEqual([
      {
        ...expected,
        name: 'payments-public-copy',
        dns_label: 'payments-public-copy',
        authentication: [
          {
            ...firstMethod,
            principals: [
              { username: 'checkout-web', password: 'new-copy-secret' },
              { username: 'mobile-app', password: "${vault.env['MOBILE_APP_KAFKA_PASSWORD']}" },
            ],
          },
          ...otherMethods,
        ],
      },
    ])
  })
})
