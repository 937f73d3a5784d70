import { STATUS_CODES } from 'node:http'
import type { FastifyReply } from 'fastify'

// No relative imports: vite.config.ts loads this file directly.

/** RFC 9457 problem details, shaped like Konnect's own errors so the console reads both alike. */
export interface Problem {
  status: number
  title: string
  detail: string
  instance: string
}

/** Members beyond the standard ones, e.g. `invalid_parameters` or `session`. */
export type ProblemExtensions = Record<string, unknown>

export function problemTitle(status: number): string {
  return STATUS_CODES[status] ?? 'Error'
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'

/** The JSON text of a problem; shared with the Vite dev server, which answers without Fastify. */
export function problemJson(
  status: number,
  detail: string,
  instance: string,
  title = problemTitle(status),
  extensions: ProblemExtensions = {},
): string {
  const body: Problem & ProblemExtensions = { status, title, detail, instance, ...extensions }
  return JSON.stringify(body)
}

/** Answers with application/problem+json; `instance` is the path the browser asked for. */
export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail: string,
  title = problemTitle(status),
  extensions: ProblemExtensions = {},
): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type(PROBLEM_CONTENT_TYPE)
    .send(problemJson(status, detail, reply.request.url, title, extensions))
}
