import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setConnectionInfo } from '../../config/connection-info'
import { session } from '../../config/session-state'
import { mockServer } from '../../mocks/node'
import { SEED_GATEWAYS } from '../../mocks/seed/seed-gateways'
import { renderApp } from '../../test/render-app'

const API_URL = 'https://eu.api.konghq.com/v1'
const TOKEN = 'kpat_0123456789abcdefghij'
const GATEWAYS_URL = '*/api/konnect/event-gateways'

function problem(status: number, body: Record<string, unknown>) {
  return HttpResponse.json(
    { status, instance: 'kong:trace:7', ...body },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )
}

/** The console's server in sign-in mode, answering POST and DELETE /api/session. */
function sessionEndpoint(answer: (token: string) => Response | Promise<Response>) {
  const tokens: string[] = []
  let signOuts = 0
  mockServer.use(
    http.post('*/api/session', async ({ request }) => {
      const { token } = (await request.json()) as { token: string }
      tokens.push(token)
      return answer(token)
    }),
    http.delete('*/api/session', () => {
      signOuts += 1
      return new HttpResponse(null, { status: 204 })
    }),
  )
  return { tokens, signOuts: () => signOuts }
}

function everythingIn(storage: Storage): string {
  return Array.from({ length: storage.length }, (_, index) => {
    const key = storage.key(index) ?? ''
    return `${key}=${storage.getItem(key) ?? ''}`
  }).join('\n')
}

const accepted = () => new HttpResponse(null, { status: 204 })

beforeEach(() => {
  setConnectionInfo({ mode: 'konnect', apiUrl: API_URL, access: 'sign-in', signedIn: false })
})
afterEach(() => {
  setConnectionInfo({ mode: 'demo' })
  session.signedIn()
})

async function signInWith(user: ReturnType<typeof renderApp>['user'], token: string) {
  await user.type(screen.getByLabelText(/Personal access token/), token)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

describe('sign-in mode', () => {
  it('shows only the sign-in page, and asks the API nothing, before signing in', async () => {
    session.startSignedOut()
    let apiCalls = 0
    mockServer.events.on('request:start', ({ request }) => {
      if (request.url.includes('/api/konnect/')) apiCalls += 1
    })
    renderApp('/event-gateways')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Konnect' }),
    ).toBeInTheDocument()
    expect(screen.getByText(API_URL)).toBeInTheDocument()
    expect(screen.getByLabelText(/Personal access token/)).toHaveAttribute('type', 'password')
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
    expect(apiCalls).toBe(0)
    mockServer.events.removeAllListeners()
  })

  it('signs in with a token Konnect accepts, then shows the page asked for', async () => {
    session.startSignedOut()
    const server = sessionEndpoint(accepted)
    const { user } = renderApp('/event-gateways')
    await signInWith(user, TOKEN)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Event Gateways' }),
    ).toBeInTheDocument()
    expect(server.tokens).toEqual([TOKEN])
    // The page never keeps the token anywhere it could read it back.
    expect(document.body.innerHTML).not.toContain(TOKEN)
    expect(everythingIn(localStorage)).not.toContain(TOKEN)
    expect(everythingIn(sessionStorage)).not.toContain(TOKEN)
  })

  it('stays on the sign-in page with Konnect’s reason when it rejects the token', async () => {
    session.startSignedOut()
    sessionEndpoint(() =>
      problem(401, { title: 'Konnect rejected this token', detail: 'The token has expired.' }),
    )
    const { user } = renderApp('/event-gateways')
    await signInWith(user, TOKEN)

    const alert = await screen.findByRole('alert', { name: 'Konnect rejected this token' })
    expect(alert).toHaveTextContent('The token has expired.')
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Konnect' })).toBeVisible()
    expect(screen.getByLabelText(/Personal access token/)).toHaveFocus()
  })

  it('explains a malformed token at the field without asking the server', async () => {
    session.startSignedOut()
    const server = sessionEndpoint(accepted)
    const { user } = renderApp('/event-gateways')
    await signInWith(user, 'not-a-token')

    const field = screen.getByLabelText(/Personal access token/)
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(/starts with kpat_/)
    expect(server.tokens).toEqual([])
  })

  it('signs out from the top bar and forgets what was fetched', async () => {
    const server = sessionEndpoint(accepted)
    const { user, queryClient } = renderApp('/event-gateways')
    await screen.findByRole('heading', { level: 1, name: 'Event Gateways' })
    expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0)

    await user.click(screen.getByRole('button', { name: 'Sign out' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Konnect' }),
    ).toBeInTheDocument()
    expect(screen.getByText('You are signed out.')).toBeInTheDocument()
    expect(server.signOuts()).toBe(1)
    expect(queryClient.getQueryCache().getAll()).toEqual([])
  })

  it('asks to sign in again over the page when Konnect rejects the token, keeping what was typed', async () => {
    const gateway = SEED_GATEWAYS.sandbox
    sessionEndpoint(accepted)
    let rejected = false
    mockServer.use(
      http.post(`${GATEWAYS_URL}/${gateway.id}/backend-clusters`, () => {
        if (rejected) return undefined
        rejected = true
        return problem(401, {
          title: 'Unauthorized',
          detail: 'Invalid token',
          session: 'rejected',
        })
      }),
    )
    const { user } = renderApp(`/event-gateways/${gateway.id}/backend-clusters/new`)
    await screen.findByRole('heading', { level: 1, name: 'New backend cluster' })
    // The form renders just after the page's heading.
    await screen.findByRole('form')
    await user.type(screen.getByLabelText(/^Name/), 'orders-mirror')
    await user.type(
      screen.getByRole('textbox', { name: /Bootstrap servers/ }),
      'kafka-1.internal:9092{Enter}',
    )
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const dialog = await screen.findByRole('dialog', { name: 'Sign in to Konnect' })
    expect(dialog).toHaveTextContent('Your token was rejected or has expired')
    await user.type(within(dialog).getByLabelText(/Personal access token/), TOKEN)
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    expect(screen.getByLabelText(/^Name/)).toHaveValue('orders-mirror')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'orders-mirror' }),
    ).toBeInTheDocument()
  })

  it('lets the person sign out from the sign-in-again dialog instead, discarding what was typed', async () => {
    const gateway = SEED_GATEWAYS.sandbox
    const server = sessionEndpoint(accepted)
    mockServer.use(
      http.post(`${GATEWAYS_URL}/${gateway.id}/backend-clusters`, () =>
        problem(401, { title: 'Sign in required', detail: 'Session expired', session: 'expired' }),
      ),
    )
    const { user, queryClient } = renderApp(`/event-gateways/${gateway.id}/backend-clusters/new`)
    await screen.findByRole('heading', { level: 1, name: 'New backend cluster' })
    // The form renders just after the page's heading.
    await screen.findByRole('form')
    await user.type(screen.getByLabelText(/^Name/), 'orders-mirror')
    await user.type(
      screen.getByRole('textbox', { name: /Bootstrap servers/ }),
      'kafka-1.internal:9092{Enter}',
    )
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const dialog = await screen.findByRole('dialog', { name: 'Sign in to Konnect' })
    const signOut = within(dialog).getByRole('button', { name: 'Sign out' })
    expect(signOut).toHaveAccessibleDescription(/anything not saved on this page is discarded/)
    await user.click(signOut)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Konnect' }),
    ).toBeInTheDocument()
    expect(screen.getByText('You are signed out.')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.queryByLabelText(/^Name/)).not.toBeInTheDocument()
    expect(server.signOuts()).toBe(1)
    expect(queryClient.getQueryCache().getAll()).toEqual([])
  })

  it('asks to sign in again when the session expired while idle', async () => {
    sessionEndpoint(accepted)
    mockServer.use(
      http.get(GATEWAYS_URL, () =>
        problem(401, { title: 'Sign in required', detail: 'Session expired', session: 'expired' }),
      ),
    )
    renderApp('/event-gateways')
    const dialog = await screen.findByRole('dialog', { name: 'Sign in to Konnect' })
    expect(dialog).toHaveTextContent(/session expired/i)
  })
})
