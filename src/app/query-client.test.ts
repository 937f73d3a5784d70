import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError, TimeoutError } from '../api/api-error'
import { createQueryClient } from './query-client'

const retry = createQueryClient().getDefaultOptions().queries?.retry
const mutationRetry = createQueryClient().getDefaultOptions().mutations?.retry

function retries(error: unknown, failureCount = 0): boolean {
  if (typeof retry !== 'function') throw new Error('expected a retry function')
  return retry(failureCount, error as Error)
}

describe('query client retry rules', () => {
  it('retries reads that failed on the network, a timeout or a 5xx', () => {
    expect(retries(new NetworkError())).toBe(true)
    expect(retries(new TimeoutError(1000))).toBe(true)
    expect(retries(new ApiError(503, { title: 'Service Unavailable' }))).toBe(true)
    expect(retries(new ApiError(429, { title: 'Too Many Requests' }))).toBe(true)
  })

  it('never retries a 4xx', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      expect(retries(new ApiError(status, {}))).toBe(false)
    }
  })

  it('stops after two retries', () => {
    expect(retries(new NetworkError(), 2)).toBe(false)
  })

  it('never retries mutations', () => {
    expect(mutationRetry).toBe(false)
  })
})
