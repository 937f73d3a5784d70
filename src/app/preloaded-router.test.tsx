import { createMemoryHistory } from '@tanstack/react-router'
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SEED_CLUSTERS } from '../mocks/seed/seed-curated-ids'
import { SEED_GATEWAYS } from '../mocks/seed/seed-gateways'
import { App } from './app'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'

// main.tsx loads the deep link's route before the first render, so the page mounts in a transition.
describe('A router loaded before the first render', () => {
  it('shows its page without loading the route again', async () => {
    const path = `/event-gateways/${SEED_GATEWAYS.payments.id}/backend-clusters/${SEED_CLUSTERS.ledgerEvents.id}`
    const queryClient = createQueryClient({ retries: false })
    const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }))
    await router.load()
    const events: string[] = []
    const unsubscribe = [
      router.subscribe('onBeforeLoad', () => events.push('load')),
      router.subscribe('onRendered', () => events.push('rendered')),
    ]
    try {
      render(<App queryClient={queryClient} router={router} />)
      expect(
        await screen.findByRole('heading', { level: 1, name: 'ledger-events' }),
      ).toBeInTheDocument()
      // The app renders this router (it reports the render) and does not run its loaders again.
      await waitFor(() => expect(events).toContain('rendered'))
      expect(events).not.toContain('load')
    } finally {
      for (const stop of unsubscribe) stop()
    }
  })
})
