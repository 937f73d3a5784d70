import { QueryClient } from '@tanstack/react-query'
import { createMemoryHistory } from '@tanstack/react-router'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../app/app'

/** Renders the whole app at a path, against the mock API, with a fresh cache and no retries. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 30_000 }, mutations: { retry: false } },
  })
  const history = createMemoryHistory({ initialEntries: [path] })
  // No pause between keystrokes: the tests assert outcomes, not typing speed.
  const user = userEvent.setup({ delay: null })
  const view = render(<App queryClient={queryClient} history={history} />)
  return { ...view, user, history, queryClient, screen }
}
