import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { toBrowserHeaders, toUpstreamHeaders } from './forwarded-headers.js'
import { answerRefusal, MAX_REJECTION_BYTES, readAtMost } from './konnect-answer.js'
import type { KonnectClient } from './konnect-client.js'
import { sendProblem } from './problem.js'
import { QUEUE_FULL_RETRY_AFTER_SECONDS } from './upstream-limiter.js'
import { FORWARDED_METHODS, NOT_FORWARDED_DETAIL, toUpstreamPath } from './upstream-path.js'

/** Whose token a forwarded call carries, and what happens when Konnect refuses it. */
export interface KonnectCredentials {
  /** The token for this request, or null once the request has been answered (no session). */
  tokenFor(request: FastifyRequest, reply: FastifyReply): string | null
  /**
   * Answers in place of Konnect's 401, given its body (read whole, up to 64 KiB). Without it,
   * Konnect's 401 passes through as it came.
   */
  onRejected?(request: FastifyRequest, reply: FastifyReply, body: Buffer): FastifyReply
}

export interface KonnectProxyOptions {
  client: KonnectClient
  credentials: KonnectCredentials
}

/**
 * Forwards `/api/konnect/event-gateways…` to Konnect with the token the credentials give. Register
 * it without fastify-plugin: its raw-body parser must stay inside this scope.
 */
export function konnectProxy(
  app: FastifyInstance,
  options: KonnectProxyOptions,
  done: (error?: Error) => void,
): void {
  const { client, credentials } = options

  // Bodies go to Konnect byte for byte, whatever their type; the default 1 MiB limit still applies.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, parsed) => {
    parsed(null, body)
  })

  async function forward(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const target = toUpstreamPath(request.raw.url ?? '')
    if (target === null) return sendProblem(reply, 404, NOT_FORWARDED_DETAIL)
    const token = credentials.tokenFor(request, reply)
    if (token === null) return reply
    const body = Buffer.isBuffer(request.body) ? request.body : undefined
    const outcome = await client.call({
      method: request.method,
      target,
      headers: toUpstreamHeaders(request.headers, token, body),
      body,
    })
    if (outcome.kind === 'busy') {
      request.log.warn('konnect queue full')
      return sendProblem(
        reply.header('retry-after', String(QUEUE_FULL_RETRY_AFTER_SECONDS)),
        503,
        'The console server has too many calls to Konnect waiting; try again in a moment.',
      )
    }
    if (outcome.kind === 'failed') {
      request.log.warn({ status: outcome.failure.status }, outcome.failure.detail)
      return sendProblem(reply, outcome.failure.status, outcome.failure.detail)
    }
    const { answer } = outcome
    const refusal = answerRefusal(request.method, answer)
    if (refusal !== null) {
      answer.body.destroy()
      request.log.warn({ status: answer.status }, refusal)
      return sendProblem(reply, 502, refusal)
    }
    if (answer.status === 401 && credentials.onRejected) {
      const rejection = await readAtMost(answer.body, MAX_REJECTION_BYTES)
      return credentials.onRejected(request, reply, rejection)
    }
    // Answers depend on the token and change with every edit: never cache them.
    return reply
      .code(answer.status)
      .headers({ ...toBrowserHeaders(answer.headers), 'cache-control': 'no-store' })
      .send(answer.body)
  }

  app.route({ method: [...FORWARDED_METHODS], url: '/api/konnect/*', handler: forward })
  done()
}
