import type { IncomingHttpHeaders } from 'node:http'
import { PassThrough, type Readable } from 'node:stream'
import { Pool } from 'undici'
import {
  describeUpstreamFailure,
  timeoutFailure,
  UpstreamDeadlineError,
  UpstreamFailureError,
  type UpstreamFailure,
} from './upstream-failure.js'
import {
  DEFAULT_UPSTREAM_LIMITS,
  UpstreamLimiter,
  type UpstreamLimits,
} from './upstream-limiter.js'

export interface KonnectClientOptions {
  /** Base URL ending in /v1. */
  apiUrl: string
  /** The whole wait for one call: queueing, connecting, headers and body. */
  timeoutMs: number
  limits?: UpstreamLimits
}

export interface KonnectCall {
  method: string
  /** Path and raw query below the base URL, e.g. `/event-gateways?page[size]=1`. */
  target: string
  headers: IncomingHttpHeaders
  body?: Buffer
}

export interface KonnectAnswer {
  status: number
  headers: IncomingHttpHeaders
  /**
   * Konnect's body. A failure while it streams (a reset, a stall, the deadline) destroys it with
   * an UpstreamFailureError; reading it to the end, or destroying it, ends the call.
   */
  body: Readable
}

export type KonnectOutcome =
  | { kind: 'answer'; answer: KonnectAnswer }
  | { kind: 'failed'; failure: UpstreamFailure }
  | { kind: 'busy' }

/**
 * Calls to Konnect over kept-alive connections (undici), each bounded as a whole by the timeout:
 * the clock starts when the call is made, so time spent waiting for a free connection counts, and
 * it runs until the last byte of the body. Nothing is retried.
 */
export class KonnectClient {
  private readonly pool: Pool
  private readonly limiter: UpstreamLimiter
  private readonly basePath: string

  constructor(private readonly options: KonnectClientOptions) {
    const url = new URL(options.apiUrl)
    const limits = options.limits ?? DEFAULT_UPSTREAM_LIMITS
    this.basePath = url.pathname
    this.limiter = new UpstreamLimiter(limits)
    this.pool = new Pool(url.origin, {
      connections: limits.connections,
      pipelining: 1,
      // The certificate is always checked: the token must only go to a Konnect that proves who it is.
      connect: { rejectUnauthorized: true, timeout: options.timeoutMs },
    })
  }

  get timeoutMs(): number {
    return this.options.timeoutMs
  }

  async call(call: KonnectCall): Promise<KonnectOutcome> {
    const release = this.limiter.tryAcquire()
    if (release === null) return { kind: 'busy' }
    const { timeoutMs } = this.options
    const deadline = new AbortController()
    const timer = setTimeout(() => deadline.abort(new UpstreamDeadlineError()), timeoutMs)
    const finish = () => {
      clearTimeout(timer)
      release()
    }
    let response: Awaited<ReturnType<Pool['request']>>
    try {
      response = await this.pool.request({
        method: call.method,
        path: `${this.basePath}${call.target}`,
        headers: call.headers,
        body: call.body,
        signal: deadline.signal,
        // The deadline bounds the whole call; these only stop undici giving up sooner or later.
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      })
    } catch (error) {
      finish()
      const failure = deadline.signal.aborted
        ? timeoutFailure(timeoutMs)
        : describeUpstreamFailure(error, timeoutMs)
      return { kind: 'failed', failure }
    }
    return {
      kind: 'answer',
      answer: {
        status: response.statusCode,
        headers: response.headers,
        body: this.guardBody(response.body, deadline.signal, finish),
      },
    }
  }

  /**
   * Konnect's body as a stream that fails with an UpstreamFailureError (504 on the deadline, 502 on
   * a reset) and that, when destroyed by the browser going away, stops reading from Konnect.
   */
  private guardBody(source: Readable, deadline: AbortSignal, finish: () => void): Readable {
    const { timeoutMs } = this.options
    const body = new PassThrough()
    source.on('error', (error) => {
      const failure = deadline.aborted
        ? timeoutFailure(timeoutMs)
        : describeUpstreamFailure(error, timeoutMs)
      body.destroy(new UpstreamFailureError(failure))
    })
    source.on('close', finish)
    body.on('close', () => {
      if (!source.destroyed) source.destroy()
    })
    source.pipe(body)
    return body
  }

  close(): Promise<void> {
    return this.pool.destroy()
  }
}
