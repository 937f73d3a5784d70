import replyFrom from '@fastify/reply-from'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { toBrowserHeaders, toUpstreamHeaders } from './forwarded-headers.js'
import type { KonnectConfig } from './konnect-config.js'
import { sendProblem } from './problem.js'
import { describeUpstreamFailure } from './upstream-failure.js'
import { FORWARDED_METHODS, NOT_FORWARDED_DETAIL, toUpstreamPath } from './upstream-path.js'

export interface KonnectProxyOptions {
  konnect: KonnectConfig
  timeoutMs: number
}

/** Splits `/event-gateways/x?page[size]=10` into its path and its raw query (without the `?`). */
function splitQuery(target: string): { path: string; query: string } {
  const queryStart = target.indexOf('?')
  if (queryStart === -1) return { path: target, query: '' }
  return { path: target.slice(0, queryStart), query: target.slice(queryStart + 1) }
}

/**
 * Forwards `/api/konnect/event-gateways…` to Konnect with the server's token, through
 * @fastify/reply-from (undici). Register it without fastify-plugin: its raw-body parser and the
 * `reply.from` decorator must stay inside this scope.
 */
export function konnectProxy(
  app: FastifyInstance,
  options: KonnectProxyOptions,
  done: (error?: Error) => void,
): void {
  const { konnect, timeoutMs } = options
  const apiPath = new URL(konnect.apiUrl).pathname

  // Bodies go to Konnect byte for byte, whatever their type; the default 1 MiB limit still applies.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body)
  })

  void app.register(replyFrom, {
    base: konnect.apiUrl,
    // Nothing is retried: Konnect's 503 (with its Retry-After) goes to the browser as it came.
    // `maxRetriesOn503: 0` cannot say that: reply-from reads it as `0 || 10`.
    retryMethods: [],
    // The server logs one line per request itself; failures are still logged as warnings.
    disableRequestLogging: true,
    // app.close() closes the connections to Konnect (reply-from keeps them otherwise).
    destroyAgent: true,
    undici: {
      connect: {
        // reply-from turns certificate checks off unless told otherwise; the token must only
        // ever go to a Konnect that proves who it is.
        rejectUnauthorized: true,
        // Connecting counts against the same limit as waiting for the answer.
        timeout: timeoutMs,
      },
    },
  })

  function forward(request: FastifyRequest, reply: FastifyReply): void {
    const target = toUpstreamPath(request.raw.url ?? '')
    if (target === null) {
      void sendProblem(reply, 404, NOT_FORWARDED_DETAIL)
      return
    }
    const { path, query } = splitQuery(target)
    const body = Buffer.isBuffer(request.body) ? request.body : undefined
    let failed = false
    let copiedHeaders: string[] = []
    reply.from(`${apiPath}${path}`, {
      // Given explicitly so that reply-from sends the bytes as they are instead of JSON-encoding
      // the buffer; the Content-Type Konnect sees is the browser's, set in rewriteRequestHeaders.
      ...(body && {
        body,
        contentType: request.headers['content-type'] ?? 'application/octet-stream',
      }),
      // The checked raw query, not the URL parser's re-encoding of it.
      queryString: () => query,
      // No answer (status line and headers) in time, or a body that stalls that long: 504.
      timeout: timeoutMs,
      rewriteRequestHeaders: (original) => toUpstreamHeaders(original.headers, konnect.token, body),
      rewriteHeaders: (headers) => {
        const forwarded = toBrowserHeaders(headers)
        copiedHeaders = Object.keys(forwarded)
        // Answers depend on the server's token and change with every edit: never cache them.
        return { ...forwarded, 'cache-control': 'no-store' }
      },
      onError: (_reply, { error }) => {
        failed = true
        // An invalid status is found after Konnect's headers were copied; they don't describe a 502.
        for (const name of copiedHeaders) reply.removeHeader(name)
        const failure = describeUpstreamFailure(error, timeoutMs)
        void sendProblem(reply, failure.status, failure.detail)
      },
      onResponse: (_request, _reply, response) => {
        // An invalid status has already been answered with a 502; Konnect's body is not wanted.
        if (failed) {
          response.stream.destroy()
          return
        }
        void reply.send(response.stream)
      },
    })
  }

  app.route({ method: [...FORWARDED_METHODS], url: '/api/konnect/*', handler: forward })
  done()
}
