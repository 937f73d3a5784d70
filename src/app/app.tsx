import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { NotificationsProvider } from '../components/notifications'
import type { AppRouter } from './router'
import { SessionGate } from './session/session-gate'
import { appTheme } from './shell/theme'
import { themeVariablesShipped } from './shell/theme-variables-shipped'

// Read once: the HTML does not change while the app runs.
const VARIABLES_SHIPPED = themeVariablesShipped()

interface AppProps {
  queryClient: QueryClient
  /** Built with `queryClient`; main.tsx passes one that has already loaded the page. */
  router: AppRouter
}

export function App({ queryClient, router }: AppProps) {
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
