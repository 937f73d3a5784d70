import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
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

const sent = recordBodies()
const newPath = (gatewayId: string) => `/event-gateways/${gatewayId}/virtual-clusters/new`

async function openForm(gatewayId: string = SEED_GATEWAYS.payments.id) {
  const app = renderApp(newPath(gatewayId))
  await screen.findByRole('heading', { level: 1, name: 'New virtual cluster' })
  // The form renders just after the page's heading.
  await screen.findByRole('form')
  return app
}

type User = ReturnType<typeof renderApp>['user']

async function nameAndDestination(user: User, destination = 'payments-core') {
  await user.type(screen.getByRole('textbox', { name: 'Name' }), 'storefront-eu')
  await pickBackendCluster(user, destination)
}

function headings() {
  return within(screen.getByRole('list', { name: /^Authentication methods/ }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)
}

describe('New virtual cluster: authentication methods', () => {
  it('keeps the methods in order, moves and removes them, and sends that order', async () => {
    const { user } = await openForm()
    await nameAndDestination(user)
    await addMethod(user, 'SASL/PLAIN')
    expect(screen.getByRole('heading', { name: '1. SASL/PLAIN' })).toHaveFocus()
    await addMethod(user, 'OAuth bearer')
    await addMethod(user, 'Client certificate')
    expect(headings()).toEqual(['1. SASL/PLAIN', '2. OAuth bearer', '3. Client certificate'])

    const up = screen.getByRole('button', { name: 'Move Client certificate up' })
    await user.click(up)
    expect(headings()).toEqual(['1. SASL/PLAIN', '2. Client certificate', '3. OAuth bearer'])
    // The button keeps the focus while it can still move the card…
    expect(up).toHaveFocus()
    await user.click(up)
    expect(headings()).toEqual(['1. Client certificate', '2. SASL/PLAIN', '3. OAuth bearer'])
    // …and at the top the card's heading takes it.
    expect(screen.getByRole('heading', { name: '1. Client certificate' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Move Client certificate up' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Move OAuth bearer down' })).toBeDisabled()

    await user.click(screen.getByRole('button', { name: 'Move SASL/PLAIN down' }))
    expect(headings()).toEqual(['1. Client certificate', '2. OAuth bearer', '3. SASL/PLAIN'])

    await user.click(screen.getByRole('button', { name: 'Remove OAuth bearer' }))
    expect(headings()).toEqual(['1. Client certificate', '2. SASL/PLAIN'])
    // Focus moves on to the card that took the removed one's place.
    expect(screen.getByRole('heading', { name: '2. SASL/PLAIN' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText('Virtual cluster "storefront-eu" created.')
    expect(sent.posts).toMatchObject([
      {
        authentication: [
          { type: 'client_certificate' },
          { type: 'sasl_plain', mediation: 'passthrough' },
        ],
      },
    ])
  })

  it('names repeated methods apart, and gives focus back to Add when the last one goes', async () => {
    const { user } = await openForm()
    await addMethod(user, 'SASL/SCRAM')
    await addMethod(user, 'SASL/SCRAM')
    expect(screen.getByRole('button', { name: 'Move SASL/SCRAM (method 1) down' })).toBeEnabled()
    await user.click(screen.getByRole('button', { name: 'Remove SASL/SCRAM (method 2)' }))
    expect(screen.getByRole('heading', { name: '1. SASL/SCRAM' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Remove SASL/SCRAM' }))
    expect(screen.getByRole('button', { name: 'Add authentication method' })).toHaveFocus()
  })

  it('offers each method its own mediation, explained', async () => {
    const { user } = await openForm()
    await addMethod(user, 'SASL/PLAIN')
    await addMethod(user, 'SASL/SCRAM')
    await addMethod(user, 'OAuth bearer')

    const plain = methodCard('1. SASL/PLAIN')
    await user.click(within(plain).getByRole('combobox', { name: 'Mediation' }))
    expect(
      screen.getAllByRole('option').map((option) => option.getAttribute('aria-label')),
    ).toEqual(['Passthrough', 'Terminate'])
    await user.click(screen.getByRole('option', { name: 'Terminate' }))
    expect(
      within(plain).getByText(/checks clients against the principals below/),
    ).toBeInTheDocument()

    const scram = methodCard('2. SASL/SCRAM')
    expect(within(scram).queryByRole('combobox', { name: 'Mediation' })).not.toBeInTheDocument()
    expect(within(scram).getByText(/Mediation: passthrough/)).toBeInTheDocument()
    await choose(user, 'Algorithm', 'SHA-512', scram)
    expect(within(scram).getByRole('combobox', { name: 'Algorithm' })).toHaveTextContent('SHA-512')

    const oauth = methodCard('3. OAuth bearer')
    await user.click(within(oauth).getByRole('combobox', { name: 'Mediation' }))
    expect(
      screen.getAllByRole('option').map((option) => option.getAttribute('aria-label')),
    ).toEqual(['Passthrough', 'Validate and forward', 'Terminate'])
    await user.click(screen.getByRole('option', { name: 'Validate and forward' }))
    expect(within(oauth).getByText(/validates each token against the JWKS/)).toBeInTheDocument()
    for (const label of [
      'JWKS endpoint',
      'JWKS timeout',
      'JWKS cache expiration',
      'Issuer',
      'Subject claim',
      'Scope claim',
    ]) {
      expect(within(oauth).getByRole('textbox', { name: label })).toBeInTheDocument()
    }
  })

  it('takes principals for Terminate: masked passwords, references, removal', async () => {
    const { user } = await openForm()
    await nameAndDestination(user)
    await addMethod(user, 'SASL/PLAIN')
    const plain = methodCard('1. SASL/PLAIN')
    await choose(user, 'Mediation', 'Terminate', plain)
    await user.click(within(plain).getByRole('button', { name: 'Add principal' }))
    expect(within(plain).getByRole('textbox', { name: 'Username' })).toHaveFocus()
    await user.type(within(plain).getByRole('textbox', { name: 'Username' }), 'checkout-web')
    const password = within(plain).getByLabelText(/^Password/)
    expect(password).toHaveAttribute('type', 'password')
    await user.type(password, 'typed-secret')

    await user.click(within(plain).getByRole('button', { name: 'Add principal' }))
    const second = within(plain).getByRole('group', { name: 'Principal 2' })
    await user.type(within(second).getByRole('textbox', { name: 'Username' }), 'mobile-app')
    await user.click(
      within(second).getByRole('button', { name: 'Use an environment variable for the password' }),
    )
    const popover = await screen.findByRole('dialog', { name: 'Reference for the password' })
    await user.type(within(popover).getByRole('textbox'), 'MOBILE_APP_PASSWORD')
    await user.click(within(popover).getByRole('button', { name: 'Insert reference' }))
    expect(within(second).getByLabelText(/^Password/)).toHaveValue(
      "${vault.env['MOBILE_APP_PASSWORD']}",
    )

    await user.click(within(plain).getByRole('button', { name: 'Add principal' }))
    await user.click(within(plain).getByRole('button', { name: 'Remove principal 3' }))
    expect(within(plain).queryByRole('group', { name: 'Principal 3' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText('Virtual cluster "storefront-eu" created.')
    expect(sent.posts).toMatchObject([
      {
        authentication: [
          {
            type: 'sasl_plain',
            mediation: 'terminate',
            principals: [
              { username: 'checkout-web', password: 'typed-secret' },
              { username: 'mobile-app', password: "${vault.env['MOBILE_APP_PASSWORD']}" },
            ],
          },
        ],
      },
    ])
  })

  it('does not complain about a principal password before the person reaches it', async () => {
    const { user } = await openForm()
    await nameAndDestination(user)
    await addMethod(user, 'SASL/PLAIN')
    const plain = methodCard('1. SASL/PLAIN')
    await choose(user, 'Mediation', 'Terminate', plain)
    await user.click(within(plain).getByRole('button', { name: 'Add principal' }))
    const principal = within(plain).getByRole('group', { name: 'Principal 1' })
    await user.type(within(principal).getByRole('textbox', { name: 'Username' }), 'alice')
    await user.tab()

    const password = within(principal).getByLabelText('Password', { selector: 'input' })
    expect(password).toHaveFocus()
    expect(password).not.toHaveAttribute('aria-invalid', 'true')
    expect(within(principal).queryByText('Enter a password')).not.toBeInTheDocument()
    await user.tab()
    expect(await within(principal).findByText('Enter a password')).toBeInTheDocument()
  })

  it('refuses Anonymous on a backend cluster that does not allow it, at the card, with a way there', async () => {
    const { user } = await openForm()
    await nameAndDestination(user, 'payments-core')
    await addMethod(user, 'Anonymous')
    const card = methodCard('1. Anonymous')
    expect(
      await within(card).findByText(/payments-core does not allow anonymous authentication/),
    ).toBeInTheDocument()
    const link = within(card).getByRole('link', {
      name: 'Edit payments-core to allow it (opens in a new tab)',
    })
    expect(link).toHaveAttribute(
      'href',
      `/event-gateways/${SEED_GATEWAYS.payments.id}/backend-clusters/${SEED_CLUSTERS.paymentsCore.id}/edit`,
    )
    // A new tab keeps this form, and everything typed in it, where it is.
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() =>
      expect(within(card).getByRole('heading', { name: '1. Anonymous' })).toHaveFocus(),
    )
    expect(sent.posts).toHaveLength(0)

    // A backend cluster that allows it clears the error.
    await user.clear(screen.getByRole('combobox', { name: 'Backend cluster' }))
    await pickBackendCluster(user, 'payouts-staging')
    await waitFor(() =>
      expect(within(card).queryByText(/does not allow anonymous/)).not.toBeInTheDocument(),
    )
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText('Virtual cluster "storefront-eu" created.')
    expect(sent.posts).toMatchObject([
      {
        destination: { id: SEED_CLUSTERS.payoutsStaging.id },
        authentication: [{ type: 'anonymous' }],
      },
    ])
  })
})

describe('New virtual cluster: runtime gates', () => {
  it('disables client certificates on a 1.0 gateway and says why', async () => {
    const { user } = await openForm(SEED_GATEWAYS.legacy.id)
    const reason =
      'Client certificates need Event Gateway runtime 1.1 or later; this gateway runs 1.0.'
    expect(screen.getByText(reason)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Add authentication method' }))
    const item = await screen.findByRole('menuitem', { name: 'Client certificate' })
    expect(item).toHaveAttribute('aria-disabled', 'true')
    expect(item).toHaveAccessibleDescription(reason)
    expect(screen.getByRole('menuitem', { name: 'SASL/PLAIN' })).not.toHaveAttribute(
      'aria-disabled',
    )
  })

  it('offers Kong Identity and topic aliases only from runtime 1.2, saying why', async () => {
    const { user } = await openForm(SEED_GATEWAYS.orders.id)
    await addMethod(user, 'Client certificate')
    const card = methodCard('1. Client certificate')
    const lookup = within(card).getByRole('switch', {
      name: 'Look up the principal in Kong Identity',
    })
    expect(lookup).toBeDisabled()
    expect(lookup).toHaveAccessibleDescription(
      'Kong Identity lookups need Event Gateway runtime 1.2 or later; this gateway runs 1.1.',
    )
    expect(screen.getByRole('button', { name: 'Add topic alias' })).toBeDisabled()
    expect(
      screen.getByText(
        'Topic aliases need Event Gateway runtime 1.2 or later; this gateway runs 1.1.',
      ),
    ).toBeInTheDocument()
  })

  it('lets a 1.2 gateway look principals up in Kong Identity', async () => {
    const { user } = await openForm()
    await nameAndDestination(user)
    await addMethod(user, 'SASL/SCRAM')
    const card = methodCard('1. SASL/SCRAM')
    await user.click(
      within(card).getByRole('switch', { name: 'Look up the principal in Kong Identity' }),
    )
    await user.type(
      within(card).getByRole('textbox', { name: 'Kong Identity directory' }),
      'payments',
    )
    await user.type(within(card).getByRole('textbox', { name: 'Metadata key' }), 'kafka_username')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText('Virtual cluster "storefront-eu" created.')
    expect(sent.posts).toMatchObject([
      {
        authentication: [
          {
            type: 'sasl_scram',
            algorithm: 'sha256',
            fetch_kong_identity_principal: {
              directory: 'payments',
              fetch_by: { key: 'kafka_username' },
              failure_mode: 'error',
            },
          },
        ],
      },
    ])
  })
})
