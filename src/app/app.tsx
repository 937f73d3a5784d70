import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider, type RouterHistory } from '@tanstack/react-router'
import { useState } from 'react'
import { NotificationsProvider } from '../components/notifications'
import { createQueryClient } from './query-client'
import { createAppRouter, type AppRouter } from './router'
import { SessionGate } from './session/session-gate'
import { appTheme } from './shell/theme'
import { themeVariablesShipped } from './shell/theme-variables-shipped'

// Read once: the HTML does not change while the app runs.
const VARIABLES_SHIPPED = themeVariablesShipped()

interface AppProps {
  /** Tests pass their own client (no retries) and an in-memory history. */
  queryClient?: QueryClient
  history?: RouterHistory
  /** main.tsx passes a router that has already loaded the page (built with `queryClient`). */
  router?: AppRouter
}

export function App({ queryClient: givenClient, history, router: givenRouter }: AppProps) {
  const [queryClient] = useState(() => givenClient ?? createQueryClient())
  const [router] = useState(() => givenRouter ?? createAppRouter(queryClient, history))
  return (
    // noSsr: a browser-only app knows the colour scheme on its first render. Without it, MUI renders
    // the provider a second time after mounting, and regenerates the theme's CSS variables.
    <ThemeProvider
      theme={appTheme()}
      defaultMode="system"
      noSsr
      disableStyleSheetGeneration={VARIABLES_SHIPPED}
    >
      <CssBaseline enableColorScheme />
      <QueryClientProvider client={queryClient}>
        <NotificationsProvider>
          <SessionGate
            onSignedInAgain={() => {
              void queryClient.invalidateQueries()
              void router.invalidate()
            }}
          >
            <RouterProvider router={router} />
          </SessionGate>
        </NotificationsProvider>
      </QueryClientProvider>
    </ThemeProvider>
  )
}
