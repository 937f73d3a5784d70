import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mockServer } from '../../../mocks/node'
import { SEED_GATEWAYS } from '../../../mocks/seed/seed-gateways'
import { renderApp } from '../../../test/render-app'

const gateway = SEED_GATEWAYS.sandbox
const NEW_PATH = `/event-gateways/${gateway.id}/backend-clusters/new`
const CLUSTERS_URL = `*/api/konnect/event-gateways/${gateway.id}/backend-clusters`

let posts: unknown[] = []
const recordPosts = ({ request }: { request: Request }) => {
  if (request.method === 'POST') posts.push(request.clone())
}

beforeEach(() => {
  posts = []
  mockServer.events.on('request:start', recordPosts)
})
afterEach(() => mockServer.events.removeListener('request:start', recordPosts))

async function openForm() {
  const app = renderApp(NEW_PATH)
  await screen.findByRole('heading', { level: 1, name: 'New backend cluster' })
  // The form renders just after the page's heading.
  await screen.findByRole('form')
  return app
}

async function fillValidForm(user: ReturnType<typeof renderApp>['user']) {
  await user.type(screen.getByLabelText(/^Name/), 'orders-mirror')
  await user.type(screen.getByLabelText(/^Description/), 'Mirror of the orders cluster')
  await user.type(
    screen.getByRole('textbox', { name: /Bootstrap servers/ }),
    'kafka-1.internal:9092{Enter}',
  )
}

function problem(status: number, body: Record<string, unknown>) {
  return HttpResponse.json(
    { status, instance: 'kong:trace:42', ...body },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )
}

function expectFormKept() {
  expect(screen.getByLabelText(/^Name/)).toHaveValue('orders-mirror')
  expect(screen.getByLabelText(/^Description/)).toHaveProperty(
    'value',
    'Mirror of the orders cluster',
  )
  expect(screen.getByText('kafka-1.internal:9092')).toBeInTheDocument()
}

describe('New backend cluster page', () => {
  it('puts the cursor in Name once the form shows', async () => {
    await openForm()
    await waitFor(() => expect(screen.getByLabelText(/^Name/)).toHaveFocus())
  })

  it('says the gateway does not exist when its ID is unknown', async () => {
    renderApp('/event-gateways/00000000-0000-4000-8000-000000000000/backend-clusters/new')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Event gateway not found' }),
    ).toBeVisible()
    expect(screen.queryByLabelText(/^Name/)).not.toBeInTheDocument()
  })

  it('shows errors at the fields and sends nothing when the form is invalid', async () => {
    const { user } = await openForm()
    await user.type(
      screen.getByRole('textbox', { name: /Bootstrap servers/ }),
      'not a server:99999{Enter}',
    )
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const name = screen.getByLabelText(/^Name/)
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'))
    expect(name).toHaveFocus()
    expect(screen.getByText('Enter a name')).toBeInTheDocument()
    const servers = screen.getByRole('textbox', { name: /Bootstrap servers/ })
    expect(servers).toHaveAttribute('aria-invalid', 'true')
    expect(posts).toHaveLength(0)
  })

  it('puts each invalid_parameters entry on its field and the rest in one alert', async () => {
    mockServer.use(
      http.post(CLUSTERS_URL, () =>
        problem(400, {
          title: 'Bad Request',
          detail: 'Invalid request body',
          invalid_parameters: [
            {
              field: 'description',
              rule: 'max_length',
              maximum: 512,
              reason: 'is too long for Konnect',
              source: 'body',
            },
            {
              field: 'bootstrap_servers[0]',
              rule: 'matches_regex',
              reason: 'is not reachable',
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
      name: 'Konnect did not accept the backend cluster',
    })
    expect(alert).toHaveTextContent(/mystery/)
    expect(screen.getByText(/is too long for Konnect/)).toBeInTheDocument()
    expect(screen.getByText(/is not reachable/)).toBeInTheDocument()
    expect(screen.getByLabelText(/^Description/)).toHaveAttribute('aria-invalid', 'true')
    expectFormKept()
    expect(posts).toHaveLength(1)
  })

  it('shows a 409 on Name, focuses it and keeps every value', async () => {
    mockServer.use(
      http.post(CLUSTERS_URL, () =>
        problem(409, {
          title: 'Conflict',
          detail: 'A backend cluster named [orders-mirror] already exists.',
        }),
      ),
    )
    const { user } = await openForm()
    await fillValidForm(user)
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const name = screen.getByLabelText(/^Name/)
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'))
    expect(screen.getByText(/already exists in this gateway/)).toBeInTheDocument()
    expect(name).toHaveFocus()
    expectFormKept()
  })

  it('offers Retry after a server error and sends again with the same values', async () => {
    let attempts = 0
    mockServer.use(
      http.post(CLUSTERS_URL, () => {
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
    expectFormKept()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await screen.findByRole('heading', { level: 1, name: 'orders-mirror' })
    expect(attempts).toBe(2)
  })

  it('says Konnect is unreachable on a network failure and keeps the values', async () => {
    mockServer.use(http.post(CLUSTERS_URL, () => HttpResponse.error()))
    const { user } = await openForm()
    await fillValidForm(user)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText('Konnect is unreachable')
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    expectFormKept()
  })

  it('explains a rejected token without offering a pointless retry', async () => {
    mockServer.use(
      http.post(CLUSTERS_URL, () =>
        problem(401, { title: 'Unauthorized', detail: 'Invalid token' }),
      ),
    )
    const { user } = await openForm()
    await fillValidForm(user)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText('The token was rejected')
    expect(screen.getByText(/personal access token/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
    expectFormKept()
  })

  it('sends one POST however often Save is clicked or Enter pressed while saving', async () => {
    // The answer waits until the test has tried every way to submit again.
    let answer: () => void = () => undefined
    const released = new Promise<void>((resolve) => (answer = resolve))
    mockServer.use(
      http.post(CLUSTERS_URL, async () => {
        await released
        return undefined
      }),
    )
    const { user } = await openForm()
    await fillValidForm(user)
    const save = screen.getByRole('button', { name: 'Save' })
    act(() => {
      save.click()
      save.click()
      save.click()
    })
    await waitFor(() => expect(save).toHaveProperty('disabled', true))
    await user.type(screen.getByLabelText(/^Name/), '{Enter}')
    act(() => save.click())
    answer()
    await screen.findByRole('heading', { level: 1, name: 'orders-mirror' }, { timeout: 3000 })
    expect(posts).toHaveLength(1)
  })

  it('asks before leaving with unsaved changes, and Stay keeps them', async () => {
    const { user } = await openForm()
    await user.type(screen.getByLabelText(/^Name/), 'half-typed')
    const nav = screen.getByRole('navigation', { name: 'Main' })
    await user.click(within(nav).getByRole('link', { name: 'Event Gateway' }))

    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' })
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByLabelText(/^Name/)).toHaveValue('half-typed')

    await user.click(within(nav).getByRole('link', { name: 'Event Gateway' }))
    const again = await screen.findByRole('dialog', { name: 'Leave without saving?' })
    await user.click(within(again).getByRole('button', { name: 'Leave' }))
    await screen.findByRole('heading', { level: 1, name: 'Event Gateways' })
  })

  it('Cancel goes back to the list without asking when nothing was typed', async () => {
    const { user } = await openForm()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await screen.findByRole('heading', { level: 1, name: 'Backend Clusters' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('adds a server at a non-breaking space (Option+Space) and keeps the half-typed next one', async () => {
    const { user } = await openForm()
    const servers = screen.getByRole('textbox', { name: /Bootstrap servers/ })
    await user.type(servers, 'kafka-1:9092\u00a0kafka-2:90')

    expect(screen.getByRole('button', { name: 'kafka-1:9092' })).toBeInTheDocument()
    expect(servers).toHaveValue('kafka-2:90')
  })
})
