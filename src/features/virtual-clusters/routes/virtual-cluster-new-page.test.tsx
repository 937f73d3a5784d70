import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mockServer } from '../../../mocks/node'
import { SEED_CLUSTERS } from '../../../mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../../../mocks/seed/seed-gateways'
import { renderApp } from '../../../test/render-app'
import {
  addMethod,
  choose,
  methodCard,
  pickBackendCluster,
  recordBodies,
} from './virtual-cluster-page.test-support'

const gatewayId = SEED_GATEWAYS.payments.id
const NEW_PATH = `/event-gateways/${gatewayId}/virtual-clusters/new`
const sent = recordBodies()

async function openForm(path = NEW_PATH) {
  const app = renderApp(path)
  await screen.findByRole('heading', { level: 1, name: 'New virtual cluster' })
  // The form renders just after the page's heading.
  await screen.findByRole('form')
  return app
}

type User = ReturnType<typeof renderApp>['user']

async function fillValidForm(user: User, name = 'storefront-eu') {
  await user.type(screen.getByRole('textbox', { name: 'Name' }), name)
  await pickBackendCluster(user, 'payments-core')
  await addMethod(user, 'SASL/SCRAM')
}

function problem(status: number, body: Record<string, unknown>) {
  return HttpResponse.json(
    { status, instance: 'kong:trace:7', ...body },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )
}

describe('New virtual cluster page', () => {
  it('creates a virtual cluster from every section and opens it', async () => {
    const { user, history } = await openForm()
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Storefront EU')
    expect(screen.getByRole('textbox', { name: 'DNS label' })).toHaveValue('storefront-eu')
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Shop clients')
    await pickBackendCluster(user, 'payments-core')

    await addMethod(user, 'SASL/PLAIN')
    const plain = methodCard('1. SASL/PLAIN')
    await choose(user, 'Mediation', 'Terminate', plain)
    await user.click(within(plain).getByRole('button', { name: 'Add principal' }))
    await user.type(within(plain).getByRole('textbox', { name: 'Username' }), 'checkout-web')
    await user.type(within(plain).getByLabelText(/^Password/), 'S3cret!')

    await choose(user, 'ACL mode', 'Enforce on gateway')
    expect(screen.getByText(/every request is denied/)).toBeInTheDocument()

    await user.click(screen.getByRole('switch', { name: 'Use a namespace' }))
    await user.type(screen.getByRole('textbox', { name: 'Prefix' }), 'eu_')
    await user.click(screen.getByRole('button', { name: 'Add topics' }))
    await user.type(screen.getByRole('textbox', { name: 'Glob pattern' }), 'reference_*')

    await user.click(screen.getByRole('button', { name: 'Add topic alias' }))
    await user.type(screen.getByRole('textbox', { name: 'Alias' }), 'orders')
    await user.type(screen.getByRole('textbox', { name: 'Topic' }), 'eu_orders_v2')

    await user.click(screen.getByRole('button', { name: 'Add label' }))
    await user.type(screen.getByRole('textbox', { name: 'Key' }), 'env')
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'prod')

    await user.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() =>
      expect(history.location.pathname).toMatch(/\/virtual-clusters\/[0-9a-f-]{36}$/),
    )
    expect(await screen.findByText('Virtual cluster "Storefront EU" created.')).toBeInTheDocument()
    expect(sent.posts).toEqual([
      {
        name: 'Storefront EU',
        description: 'Shop clients',
        destination: { id: SEED_CLUSTERS.paymentsCore.id },
        authentication: [
          {
            type: 'sasl_plain',
            mediation: 'terminate',
            principals: [{ username: 'checkout-web', password: 'S3cret!' }],
          },
        ],
        namespace: {
          mode: 'hide_prefix',
          prefix: 'eu_',
          additional: { topics: [{ type: 'glob', glob: 'reference_*' }] },
        },
        topic_aliases: [{ alias: 'orders', topic: 'eu_orders_v2' }],
        acl_mode: 'enforce_on_gateway',
        dns_label: 'storefront-eu',
        labels: { env: 'prod' },
      },
    ])
  })

  it('shows every problem at its field, focuses the first, and sends nothing', async () => {
    const { user } = await openForm()
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const name = screen.getByRole('textbox', { name: 'Name' })
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'))
    expect(name).toHaveFocus()
    expect(screen.getByText('Enter a name')).toBeInTheDocument()
    expect(screen.getByText('Enter a DNS label')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Backend cluster' })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    expect(screen.getByText('Add at least one authentication method')).toBeInTheDocument()
    expect(sent.posts).toHaveLength(0)
  })

  it('suggests the DNS label from the name until one is typed, and offers the suggestion back', async () => {
    const { user } = await openForm()
    const name = screen.getByRole('textbox', { name: 'Name' })
    const label = screen.getByRole('textbox', { name: 'DNS label' })
    await user.type(name, 'Café Partners')
    expect(label).toHaveValue('cafe-partners')
    expect(screen.getByText(/Suggested from the name/)).toBeInTheDocument()

    await user.clear(label)
    await user.type(label, 'partners')
    await user.type(name, ' EU')
    expect(label).toHaveValue('partners')

    await user.click(screen.getByRole('button', { name: 'Use cafe-partners-eu' }))
    expect(label).toHaveValue('cafe-partners-eu')
    await user.type(name, '2')
    expect(label).toHaveValue('cafe-partners-eu2')
  })

  it('preselects the backend cluster named in ?backend_cluster', async () => {
    await openForm(`${NEW_PATH}?backend_cluster=${SEED_CLUSTERS.payoutsStaging.id}`)
    expect(await screen.findByRole('combobox', { name: 'Backend cluster' })).toHaveValue(
      'payouts-staging',
    )
  })

  it('puts each invalid_parameters entry on its field and the rest in one alert', async () => {
    mockServer.use(
      http.post(`*/api/konnect/event-gateways/${gatewayId}/virtual-clusters`, () =>
        problem(400, {
          title: 'Bad Request',
          detail: 'Invalid request body',
          invalid_parameters: [
            { field: 'dns_label', rule: 'invalid', reason: 'is reserved', source: 'body' },
            {
              field: 'authentication[0].algorithm',
              rule: 'enum',
              reason: 'is not offered by this gateway',
              source: 'body',
            },
            {
              field: 'mystery',
              rule: 'unknown_property',
              reason: 'is not allowed',
              source: 'body',
            },
          ],
        }),
      ),
    )
    const { user } = await openForm()
    await fillValidForm(user)
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const alert = await screen.findByRole('alert', {
      name: 'Konnect did not accept the virtual cluster',
    })
    expect(alert).toHaveTextContent('mystery: is not allowed')
    expect(screen.getByRole('textbox', { name: 'DNS label' })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    expect(screen.getByText('is reserved')).toBeInTheDocument()
    expect(
      within(methodCard('1. SASL/SCRAM')).getByText('is not offered by this gateway'),
    ).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('storefront-eu')
    expect(sent.posts).toHaveLength(1)
  })

  it('shows a taken name on Name and a taken DNS label on DNS label (409)', async () => {
    const { user } = await openForm()
    await fillValidForm(user, 'payments-public')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const name = screen.getByRole('textbox', { name: 'Name' })
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'))
    expect(name).toHaveFocus()
    expect(
      screen.getByText('A virtual cluster named "payments-public" already exists in this gateway.'),
    ).toBeInTheDocument()

    await user.clear(name)
    await user.type(name, 'storefront-eu')
    const label = screen.getByRole('textbox', { name: 'DNS label' })
    await user.clear(label)
    await user.type(label, 'payments-internal')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(label).toHaveAttribute('aria-invalid', 'true'))
    expect(label).toHaveFocus()
    expect(
      screen.getByText(
        'Another virtual cluster of this gateway uses the DNS label "payments-internal".',
      ),
    ).toBeInTheDocument()
    expect(sent.posts).toHaveLength(2)
  })

  it('offers Retry after a server error, keeps what was typed, and asks before leaving', async () => {
    let attempts = 0
    mockServer.use(
      http.post(`*/api/konnect/event-gateways/${gatewayId}/virtual-clusters`, () => {
        attempts += 1
        return attempts === 1
          ? problem(503, { title: 'Service Unavailable', detail: 'Try later' })
          : undefined
      }),
    )
    const { user } = await openForm()
    await fillValidForm(user)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText('Konnect could not complete the request')
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('storefront-eu')
    expect(methodCard('1. SASL/SCRAM')).toBeInTheDocument()

    const nav = screen.getByRole('navigation', { name: 'Main' })
    await user.click(within(nav).getByRole('link', { name: 'Event Gateway' }))
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' })
    expect(dialog).toHaveTextContent('Your changes to this virtual cluster have not been saved')
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await screen.findByText('Virtual cluster "storefront-eu" created.')
    expect(attempts).toBe(2)
  })
})
