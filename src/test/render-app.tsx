import { createMemoryHistory } from '@tanstack/react-router'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../app/app'
import { createQueryClient } from '../app/query-client'
import { createAppRouter } from '../app/router'

/** Renders the whole app at a path, against the mock API, with a fresh cache and no retries. */
export function renderApp(path: string) {
  const queryClient = createQueryClient({ retries: false })
  const history = createMemoryHistory({ initialEntries: [path] })
  // No pause between keystrokes: the tests assert outcomes, not typing speed.
  const user = userEvent.setup({ delay: null })
  const router = createAppRouter(queryClient, history)
  const view = render(<App queryClient={queryClient} router={router} />)
  return { ...view, user, history, queryClient, screen }
}
