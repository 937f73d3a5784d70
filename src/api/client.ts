import createClient from 'openapi-fetch'
import { appConfig } from '../config/app-config'
import { NetworkError, TimeoutError, toApiError } from './api-error'
import { serializeKonnectQuery } from './konnect-query-serializer'
import type { paths } from './schema'

export interface ApiClientOptions {
  baseUrl: string
  timeoutMs: number
}

let requestGate: Promise<unknown> = Promise.resolve()

/**
 * Holds every API call until `ready` settles. The demo renders at once and lets its mock API start
 * meanwhile, instead of waiting for the service worker before the first paint.
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  requestGate = ready
}

export function createApiClient({ baseUrl, timeoutMs }: ApiClientOptions) {
  return createClient<paths>({
    baseUrl,
    querySerializer: serializeKonnectQuery,
    // Late-bound so test and mock interceptors installed after import still see the calls.
    fetch: async (request: Request) => {
      await requestGate
      const timeout = AbortSignal.timeout(timeoutMs)
      try {
        return await globalThis.fetch(
          new Request(request, { signal: AbortSignal.any([request.signal, timeout]) }),
        )
      } catch (error) {
        if (timeout.aborted) throw new TimeoutError(timeoutMs)
        if (request.signal.aborted) throw error
        throw new NetworkError({ cause: error })
      }
    },
  })
}

export type ApiClient = ReturnType<typeof createApiClient>

export const apiClient = createApiClient({
  baseUrl: appConfig.apiBaseUrl,
  timeoutMs: appConfig.requestTimeoutMs,
})

interface FetchResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/** Resolves to the body of a 2xx answer; any other answer becomes one ApiError. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call
  if (!response.ok) throw toApiError(response, error)
  return data as T
}
