import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { toBrowserHeaders, toUpstreamHeaders } from './forwarded-headers.js'
import type { KonnectAnswer, KonnectClient } from './konnect-client.js'
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

// Only JSON reaches the browser from Konnect: the console reads nothing else, and anything else
// (an HTML error page from a proxy on the way, say) must not be served from the console's origin.
const JSON_ANSWER = /^application\/(?:problem\+)?json\s*(?:;|$)/i
/** A refused token's problem is small; anything longer is cut off. */
const MAX_REJECTION_BYTES = 64 * 1024

function hasBody(method: string, answer: KonnectAnswer): boolean {
  return (
    method !== 'HEAD' &&
    answer.status !== 204 &&
    answer.status !== 304 &&
    answer.headers['content-length'] !== '0'
  )
}

/** Why Konnect's answer cannot be passed on, or null when it can. */
function answerRefusal(method: string, answer: KonnectAnswer): string | null {
  if (!Number.isInteger(answer.status) || answer.status < 200 || answer.status > 599) {
    return 'Konnect answered with an invalid HTTP status.'
  }
  const type = answer.headers['content-type']
  if (type === undefined ? hasBody(method, answer) : !JSON_ANSWER.test(type)) {
    return `Konnect answered with ${type ?? 'an untyped body'}, not JSON.`
  }
  return null
}

async function readAtMost(body: KonnectAnswer['body'], limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    chunks.push(buffer)
    size += buffer.length
    if (size >= limit) break
  }
  body.destroy()
  return Buffer.concat(chunks).subarray(0, limit)
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
