import { describe, expect, it } from 'vitest'
import { describeUpstreamFailure, UpstreamDeadlineError } from './upstream-failure.js'

/** Shaped like undici's and Node's errors: a code, a message that may say too much. */
function networkError(code: string, message = 'failed'): Error {
  return Object.assign(new Error(message), { code })
}

describe('describeUpstreamFailure', () => {
  it('answers 504 when connecting to Konnect took too long', () => {
    expect(describeUpstreamFailure(networkError('UND_ERR_CONNECT_TIMEOUT'), 30_000)).toEqual({
      status: 504,
      detail: 'Konnect did not answer within 30 seconds.',
    })
  })

  it('answers 504 when Konnect sent no headers in time, in tenths of seconds', () => {
    expect(describeUpstreamFailure(networkError('UND_ERR_HEADERS_TIMEOUT'), 1_250).detail).toBe(
      'Konnect did not answer within 1.3 seconds.',
    )
  })

  it('answers 504 when its body stalled, or the whole wait ran past the deadline', () => {
    expect(describeUpstreamFailure(networkError('UND_ERR_BODY_TIMEOUT'), 2_000).status).toBe(504)
    expect(describeUpstreamFailure(new UpstreamDeadlineError(), 2_000)).toEqual({
      status: 504,
      detail: 'Konnect did not answer within 2 seconds.',
    })
  })

  it('names the network error by its code, never by its message', () => {
    const error = networkError(
      'EHOSTUNREACH',
      'connect EHOSTUNREACH 10.0.0.1:443 Bearer kpat_0123456789abcdef',
    )
    expect(describeUpstreamFailure(error, 30_000)).toEqual({
      status: 502,
      detail: 'Konnect is unreachable: its host is not reachable from this server (EHOSTUNREACH).',
    })
  })

  it.each([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
  ])('reports %s as a refused TLS certificate', (code) => {
    expect(describeUpstreamFailure(networkError(code), 30_000).detail).toBe(
      `Konnect is unreachable: its TLS certificate was not accepted (${code}).`,
    )
  })

  it('tells a failed TLS handshake from a refused certificate', () => {
    expect(
      describeUpstreamFailure(networkError('ERR_SSL_WRONG_VERSION_NUMBER'), 30_000).detail,
    ).toBe('Konnect is unreachable: the TLS handshake failed (ERR_SSL_WRONG_VERSION_NUMBER).')
  })

  it('falls back to the code of the cause, then to UNKNOWN', () => {
    const wrapped = new Error('fetch failed', { cause: networkError('ECONNRESET') })
    expect(describeUpstreamFailure(wrapped, 30_000).detail).toBe(
      'Konnect is unreachable: the connection was closed before an answer came (ECONNRESET).',
    )
    expect(describeUpstreamFailure(new Error('socket hang up'), 30_000).detail).toBe(
      'Konnect is unreachable: the request failed (UNKNOWN).',
    )
  })

  it('reads a timeout from the cause too', () => {
    const wrapped = new Error('fetch failed', { cause: networkError('UND_ERR_CONNECT_TIMEOUT') })
    expect(describeUpstreamFailure(wrapped, 5_000).status).toBe(504)
  })
})
