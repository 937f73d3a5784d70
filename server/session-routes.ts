import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { toUpstreamHeaders } from './forwarded-headers.js'
import { answerRefusal, MAX_REJECTION_BYTES, readAtMost } from './konnect-answer.js'
import type { KonnectClient } from './konnect-client.js'
import { isKonnectToken } from './konnect-config.js'
import { readKonnectProblem } from './konnect-problem.js'
import { sendProblem } from './problem.js'
import type { SessionCookie } from './session-cookie.js'
import { QUEUE_FULL_RETRY_AFTER_SECONDS } from './upstream-limiter.js'

export interface SessionRoutesOptions {
  client: KonnectClient
  sessions: SessionCookie
}

/** One cheap call the Event Gateway API allows any token that may use it. */
export const TOKEN_CHECK_TARGET = '/event-gateways?page[size]=1'
export const REJECTED_TITLE = 'Konnect rejected this token'
const TOKEN_RULE = {
  field: 'token',
  rule: 'konnect_token',
  reason:
    'must be a Konnect personal access token (kpat_…) or system account token (spat_…), as Konnect shows it',
  source: 'body',
}
// A sign-in body is one token: anything bigger is not one.
const BODY_LIMIT = 4 * 1024

function tokenOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('token' in body)) return undefined
  return typeof body.token === 'string' ? body.token.trim() : undefined
}

/**
 * Sign-in mode's `POST /api/session` (check a token with Konnect, then seal it into the session
 * cookie) and `DELETE /api/session` (sign out). The token is never logged and never sent back.
 */
export function sessionRoutes(
  app: FastifyInstance,
  options: SessionRoutesOptions,
  done: (error?: Error) => void,
): void {
  const { client, sessions } = options

  async function signIn(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const token = tokenOf(request.body)
    if (token === undefined || !isKonnectToken(token)) {
      return sendProblem(
        reply,
        400,
        'The token does not look like a Konnect token.',
        'Invalid Parameters',
        { invalid_parameters: [TOKEN_RULE] },
      )
    }
    const outcome = await client.call({
      method: 'GET',
      target: TOKEN_CHECK_TARGET,
      headers: toUpstreamHeaders({ accept: 'application/json' }, token, undefined),
    })
    if (outcome.kind === 'busy') {
      return sendProblem(
        reply.header('retry-after', String(QUEUE_FULL_RETRY_AFTER_SECONDS)),
        503,
        'The console server has too many calls to Konnect waiting; try again in a moment.',
      )
    }
    if (outcome.kind === 'failed') {
      request.log.warn({ status: outcome.failure.status }, `sign-in: ${outcome.failure.detail}`)
      return sendProblem(reply, outcome.failure.status, outcome.failure.detail)
    }
    const { status, body } = outcome.answer
    const answered = await readAtMost(body, MAX_REJECTION_BYTES)
    // Only Konnect's JSON counts: a captive portal or a proxy's page must not sign anyone in.
    const refusal = answerRefusal('GET', outcome.answer)
    if (status >= 200 && status < 300) {
      if (refusal !== null) {
        request.log.warn({ konnectStatus: status }, `sign-in: ${refusal}`)
        return sendProblem(reply, 502, refusal)
      }
      sessions.start(request, token)
      request.log.info('signed in')
      return reply.code(204).header('cache-control', 'no-store').send()
    }
    if (status === 401 || status === 403) {
      request.log.info({ konnectStatus: status }, 'sign-in refused by Konnect')
      const detail =
        (refusal === null ? readKonnectProblem(answered).detail : undefined) ??
        (status === 401
          ? 'Konnect does not know this token: it may be mistyped, revoked or expired.'
          : 'This token may not use the Event Gateway API.')
      return sendProblem(reply, 401, detail, REJECTED_TITLE)
    }
    request.log.warn({ konnectStatus: status }, 'sign-in: unexpected answer from Konnect')
    return sendProblem(
      reply,
      502,
      `Konnect answered ${status} when asked to check the token; try again later.`,
    )
  }

  app.post('/api/session', { bodyLimit: BODY_LIMIT }, signIn)
  app.delete('/api/session', (request, reply) => {
    sessions.end(request)
    return reply.code(204).header('cache-control', 'no-store').send()
  })
  done()
}
