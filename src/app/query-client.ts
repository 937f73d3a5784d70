import { QueryClient } from '@tanstack/react-query'
import { isTransientError } from '../api/api-error'

const MAX_READ_RETRIES = 2

/** A fresh client per app (and per test): reads retry only when the failure may pass, mutations never. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < MAX_READ_RETRIES && isTransientError(error),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  })
}
