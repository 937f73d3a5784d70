import { demoRuntime } from '@demo-runtime'
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { holdRequestsUntil } from './api/client'
import { App } from './app/app'
import { loadConnectionInfo, setConnectionInfo } from './config/connection-info'
import { session } from './config/session-state'

async function start() {
  // In demo builds the mock API must answer before the first query is sent; the app renders meanwhile.
  holdRequestsUntil(demoRuntime.start())
  const info = await loadConnectionInfo()
  setConnectionInfo(info)
  if (info.mode === 'konnect' && !info.signedIn) session.startSignedOut()
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const root = createRoot(container)
  // A transition renders in short slices, so the first paint does not block input for its length.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
  })
}

void start()
