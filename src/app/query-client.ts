import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isApiError, isTransientError } from '../api/api-error'
import { session } from '../config/session-state'

const MAX_READ_RETRIES = 2

/**
 * A fresh client per app (and per test): reads retry only when the failure may pass, mutations never.
 * Tests turn retries off to see failures at once.
 */
export function createQueryClient({ retries = true }: { retries?: boolean } = {}): QueryClient {
  // Any call may learn that the sign-in session is over (idle, or Konnect refused the token).
  const noticeSessionEnd = (error: unknown) => {
    if (isApiError(error, 401) && error.session) session.ended(error.session)
  }
  return new QueryClient({
    queryCache: new QueryCache({ onError: noticeSessionEnd }),
    mutationCache: new MutationCache({ onError: noticeSessionEnd }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          retries && failureCount < MAX_READ_RETRIES && isTransientError(error),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  })
}
