import { STATUS_CODES } from 'node:http'
import type { FastifyReply } from 'fastify'

/** RFC 9457 problem details, shaped like Konnect's own errors so the console reads both alike. */
export interface Problem {
  status: number
  title: string
  detail: string
  instance: string
}

export function problemTitle(status: number): string {
  return STATUS_CODES[status] ?? 'Error'
}

/** Answers with application/problem+json; `instance` is the path the browser asked for. */
export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail: string,
  title = problemTitle(status),
): FastifyReply {
  const body: Problem = { status, title, detail, instance: reply.request.url }
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(body))
}
