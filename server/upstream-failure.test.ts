import { describe, expect, it } from 'vitest'
import { describeUpstreamFailure } from './upstream-failure.js'

/** Shaped like @fastify/reply-from's errors: a code of its own, undici's error as the cause. */
function replyFromError(code: string, cause?: { code: string; message: string }): Error {
  return Object.assign(new Error('wrapped'), { code, cause })
}

describe('describeUpstreamFailure', () => {
  it('answers 504 when connecting to Konnect took too long', () => {
    expect(describeUpstreamFailure(replyFromError('UND_ERR_CONNECT_TIMEOUT'), 30_000)).toEqual({
      status: 504,
      detail: 'Konnect did not answer within 30 seconds.',
    })
  })

  it('answers 504 when Konnect sent no headers in time, in tenths of seconds', () => {
    const error = replyFromError('FST_REPLY_FROM_GATEWAY_TIMEOUT', {
      code: 'UND_ERR_HEADERS_TIMEOUT',
      message: 'Headers Timeout Error',
    })
    expect(describeUpstreamFailure(error, 1_250).detail).toBe(
      'Konnect did not answer within 1.3 seconds.',
    )
  })

  it('names the network error by its code, never by its message', () => {
    const error = replyFromError('FST_REPLY_FROM_INTERNAL_SERVER_ERROR', {
      code: 'EHOSTUNREACH',
      message: 'connect EHOSTUNREACH 10.0.0.1:443 Bearer kpat_0123456789abcdef',
    })
    const failure = describeUpstreamFailure(error, 30_000)
    expect(failure).toEqual({
      status: 502,
      detail: 'Konnect is unreachable: its host is not reachable from this server (EHOSTUNREACH).',
    })
  })

  it.each([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
  ])('reports %s as a refused TLS certificate', (code) => {
    const error = replyFromError('FST_REPLY_FROM_INTERNAL_SERVER_ERROR', { code, message: '' })
    expect(describeUpstreamFailure(error, 30_000).detail).toBe(
      `Konnect is unreachable: its TLS certificate was not accepted (${code}).`,
    )
  })

  it('tells a failed TLS handshake from a refused certificate', () => {
    const error = replyFromError('FST_REPLY_FROM_INTERNAL_SERVER_ERROR', {
      code: 'ERR_SSL_WRONG_VERSION_NUMBER',
      message: '',
    })
    expect(describeUpstreamFailure(error, 30_000).detail).toBe(
      'Konnect is unreachable: the TLS handshake failed (ERR_SSL_WRONG_VERSION_NUMBER).',
    )
  })

  it('falls back to the code of the error itself, then to UNKNOWN', () => {
    expect(describeUpstreamFailure(replyFromError('ECONNRESET'), 30_000).detail).toBe(
      'Konnect is unreachable: the connection was closed before an answer came (ECONNRESET).',
    )
    expect(describeUpstreamFailure(new Error('socket hang up'), 30_000).detail).toBe(
      'Konnect is unreachable: the request failed (UNKNOWN).',
    )
  })
})
