import type { Socket } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { problemJson, problemTitle, PROBLEM_CONTENT_TYPE } from './problem.js'
import { SECURITY_HEADERS } from './security-headers.js'

// Node's HTTP parser reports these before a request exists, so no route, hook or error handler
// sees them: a request too slow to arrive (REQUEST_TIMEOUT_MS), headers too large, bytes that are
// not HTTP. The answer is written straight to the socket, with the same headers as any other.
const STATUS_BY_CODE: Record<string, number> = {
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADER_OVERFLOW: 431,
}
const DETAIL_BY_STATUS: Record<number, string> = {
  400: 'The request is not valid HTTP.',
  408: 'The request did not arrive in time.',
  431: 'The request headers are too large.',
}

/** Whether an answer has already started on this connection (Node keeps it on the socket). */
function answerStarted(socket: Socket): boolean {
  if (!('_httpMessage' in socket)) return false
  const message: unknown = socket._httpMessage
  return typeof message === 'object' && message !== null && 'headersSent' in message
    ? message.headersSent === true
    : false
}

export function answerClientError(
  this: FastifyInstance,
  error: Error & { code?: string },
  socket: Socket,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const status = STATUS_BY_CODE[error.code ?? ''] ?? 400
  this.log.debug({ code: error.code, status }, 'client error')
  if (socket.writable && !answerStarted(socket)) {
    const body = problemJson(status, DETAIL_BY_STATUS[status] ?? problemTitle(status), '')
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'content-type': PROBLEM_CONTENT_TYPE,
      'content-length': String(Buffer.byteLength(body)),
      'cache-control': 'no-store',
      connection: 'close',
    }
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')
    socket.write(`HTTP/1.1 ${status} ${problemTitle(status)}\r\n${head}\r\n${body}`)
  }
  socket.destroy()
}
