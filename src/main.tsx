import { demoRuntime } from '@demo-runtime'
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { holdRequestsUntil } from './api/client'
import { App } from './app/app'
import { createQueryClient } from './app/query-client'
import { createAppRouter } from './app/router'
import { loadConnectionInfo, setConnectionInfo } from './config/connection-info'
import { session } from './config/session-state'

async function start() {
  // In demo builds the mock API must answer before the first query is sent; it starts right away.
  holdRequestsUntil(demoRuntime.start())
  const info = await loadConnectionInfo()
  setConnectionInfo(info)
  if (info.mode === 'konnect' && !info.signedIn) session.startSignedOut()
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const root = createRoot(container)
  const queryClient = createQueryClient()
  const router = createAppRouter(queryClient)
  // The deep link's route is resolved (page chunk, loaders) before the first render, so the page
  // mounts inside the transition below. Resolved after mounting, the router's store change would
  // render the whole page again in one blocking task: a store change always renders synchronously.
  // A signed-out visitor sees the sign-in page first, which needs nothing from the router.
  if (info.mode === 'demo' || info.signedIn) await router.load().catch(() => undefined)
  // A transition renders in short slices, so the first paint does not block input for its length.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    )
  })
}

void start()
