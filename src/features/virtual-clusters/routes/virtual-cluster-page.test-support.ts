// Steps the virtual-cluster page tests share: open a page, pick a backend cluster, add a method,
// find a method's card, and record what the app sends.
import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { mockServer } from '../../../mocks/node'
import type { renderApp } from '../../../test/render-app'

type User = ReturnType<typeof renderApp>['user']

/** The JSON bodies of the POSTs and PUTs sent during a test, in order. */
export function recordBodies(): { posts: unknown[]; puts: unknown[] } {
  const sent = { posts: [] as unknown[], puts: [] as unknown[] }
  const record = async ({ request }: { request: Request }) => {
    if (request.method === 'POST') sent.posts.push(await request.clone().json())
    if (request.method === 'PUT') sent.puts.push(await request.clone().json())
  }
  beforeEach(() => {
    sent.posts.length = 0
    sent.puts.length = 0
    mockServer.events.on('request:start', record)
  })
  afterEach(() => mockServer.events.removeListener('request:start', record))
  return sent
}

export async function pickBackendCluster(user: User, name: string) {
  await user.click(screen.getByRole('combobox', { name: 'Backend cluster' }))
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${name}`) }))
}

export async function addMethod(user: User, label: string) {
  await user.click(screen.getByRole('button', { name: 'Add authentication method' }))
  await user.click(await screen.findByRole('menuitem', { name: label }))
}

/** A method's card, by its heading: "1. SASL/PLAIN". */
export function methodCard(heading: string): HTMLElement {
  return screen.getByRole('listitem', { name: heading })
}

/** Chooses `option` in the dropdown labelled `label` (inside `container` when given). */
export async function choose(user: User, label: string, option: string, container?: HTMLElement) {
  const scope = container ? within(container) : screen
  await user.click(scope.getByRole('combobox', { name: label }))
  await user.click(await screen.findByRole('option', { name: option }))
}
