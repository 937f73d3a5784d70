import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** The raw request target, exactly as it arrived. */
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export type UpstreamHandler = (request: RecordedRequest, response: ServerResponse) => void

export interface FakeUpstream {
  /** Base URL in Konnect's shape, ending in /v1. */
  apiUrl: string
  requests: RecordedRequest[]
  /** Replaces how the upstream answers; by default 200 with an empty JSON list. */
  answer(handler: UpstreamHandler): void
  close(): Promise<void>
}

const answerWithEmptyList: UpstreamHandler = (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' })
  response.end(JSON.stringify({ data: [], meta: { page: { total: 0 } } }))
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

export interface FakeUpstreamOptions {
  /** Serve https with this key and certificate instead of plain http. */
  tls?: { key: string; cert: string }
}

/** A stand-in for Konnect on 127.0.0.1 that records every request it gets. */
export async function startFakeUpstream(options: FakeUpstreamOptions = {}): Promise<FakeUpstream> {
  const requests: RecordedRequest[] = []
  let handler = answerWithEmptyList
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    void readBody(request).then((body) => {
      const recorded = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body,
      }
      requests.push(recorded)
      handler(recorded, response)
    })
  }
  const server = options.tls
    ? https.createServer(options.tls, listener)
    : http.createServer(listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    apiUrl: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}/v1`,
    requests,
    answer: (next) => {
      handler = next
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A URL whose port was just freed, so connecting to it is refused. */
export async function unusedApiUrl(): Promise<string> {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}/v1`
}
