import type { FastifyReply, FastifyRequest } from 'fastify'
import type { KonnectCredentials } from './konnect-proxy.js'
import { readKonnectProblem } from './konnect-problem.js'
import { sendProblem } from './problem.js'
import type { SessionCookie } from './session-cookie.js'

function minutesText(minutes: number): string {
  if (minutes < 1) return `${Math.round(minutes * 60)} seconds`
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}

/**
 * Sign-in mode: each call goes to Konnect with the token in the caller's own session, and
 * refreshes it. No session, an idle one, or a token Konnect refuses: 401 with `session` saying
 * which (`signed-out`, `expired`, `rejected`), and the cookie cleared.
 */
export function signInCredentials(sessions: SessionCookie): KonnectCredentials {
  return {
    tokenFor(request: FastifyRequest, reply: FastifyReply) {
      const state = sessions.read(request)
      if (state.kind === 'live') {
        sessions.refresh(request)
        return state.token
      }
      if (state.kind === 'expired') {
        sessions.end(request)
        void sendProblem(
          reply,
          401,
          `Your session ended after ${minutesText(sessions.idleMinutes)} without activity. Sign in again.`,
          'Session expired',
          { session: 'expired' },
        )
        return null
      }
      void sendProblem(reply, 401, 'Sign in to Konnect first.', 'Not signed in', {
        session: 'signed-out',
      })
      return null
    },
    onRejected(request: FastifyRequest, reply: FastifyReply, body: Buffer) {
      sessions.end(request)
      const konnect = readKonnectProblem(body)
      return sendProblem(
        reply,
        401,
        konnect.detail ?? 'Konnect no longer accepts this token.',
        konnect.title ?? 'Unauthorized',
        { session: 'rejected' },
      )
    },
  }
}
