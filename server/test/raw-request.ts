import http, { type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'

export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  /** The bytes as sent, not decompressed. */
  body: Buffer
  text: string
}

export interface RawRequestOptions {
  method?: string
  headers?: OutgoingHttpHeaders
  body?: string
}

/**
 * Sends a request with its target exactly as written: fetch() and inject() would normalise
 * `%2e%2e` and friends before the server sees them, which would hide traversal bugs.
 */
export function rawRequest(origin: string, target: string, options: RawRequestOptions = {}) {
  const { port, hostname } = new URL(origin)
  return new Promise<RawResponse>((resolve, reject) => {
    const request = http.request(
      {
        hostname,
        port,
        path: target,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const body = Buffer.concat(chunks)
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body,
            text: body.toString('utf8'),
          })
        })
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(options.body)
  })
}

/** Starts the app on a free port of 127.0.0.1 and returns its origin. */
export async function listenLocally(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as AddressInfo
  return `http://127.0.0.1:${port}`
}
