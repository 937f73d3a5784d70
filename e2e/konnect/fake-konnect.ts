// Plays Konnect for the console's production server: the mock store and handlers the demo and
// Vitest use, served over real HTTP on 127.0.0.1, plus what a test needs to watch and break it.
import { randomInt } from 'node:crypto'
import {
  createServer,
  type IncomingHttpHeaders,
  type RequestListener,
  type Server,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer as createMockApp } from '@mswjs/http-middleware'
import { createHandlers } from '../../src/mocks/handlers'
import { MockStore } from '../../src/mocks/mock-store'

/** One call as the fake Konnect received it. */
export interface ReceivedRequest {
  method: string
  /** Path and query, as sent, e.g. `/v1/event-gateways?page%5Bsize%5D=100`. */
  url: string
  headers: IncomingHttpHeaders
}

export class FakeKonnect {
  /** The same store the demo uses; tests may read it to see what Konnect holds. */
  readonly store = new MockStore()
  private readonly server: Server
  private readonly received: ReceivedRequest[] = []
  private tokenRevoked = false
  private port = 0
  /** Tokens accepted besides the one it started with (other people signing in). */
  private readonly otherTokens = new Set<string>()
  private delayMs = 0

  private constructor(private readonly token: string) {
    // @mswjs/http-middleware types its app with @types/express, which this project does not
    // install; an Express app is a plain Node request listener.
    const mockApi = createMockApp(
      ...createHandlers({ store: this.store, baseUrl: '*/v1' }),
    ) as unknown as RequestListener
    this.server = createServer((request, response) => {
      this.received.push({
        method: request.method ?? 'GET',
        url: request.url ?? '',
        headers: { ...request.headers },
      })
      // Konnect refuses a missing or wrong token the same way it refuses a revoked one.
      if (!this.accepts(request.headers.authorization)) {
        response.writeHead(401, {
          'content-type': 'application/problem+json',
          'www-authenticate': 'Bearer',
        })
        response.end(
          JSON.stringify({
            status: 401,
            title: 'Unauthorized',
            type: 'https://httpstatuses.com/401',
            instance: `kong:trace:${String(randomInt(1e9, 1e10))}`,
            detail: 'Invalid credentials. Token is invalid or expired.',
          }),
        )
        return
      }
      if (this.delayMs > 0) setTimeout(() => mockApi(request, response), this.delayMs)
      else mockApi(request, response)
    })
  }

  private accepts(authorization: string | undefined): boolean {
    if (this.tokenRevoked) return false
    const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : ''
    return token === this.token || this.otherTokens.has(token)
  }

  /** Listens on a free port of 127.0.0.1; answers only calls that carry `Bearer <token>`. */
  static async start(token: string): Promise<FakeKonnect> {
    const fake = new FakeKonnect(token)
    await fake.resume()
    return fake
  }

  /** What the console server should use as KONNECT_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/v1`
  }

  /** Every call received since the last reset, oldest first. */
  get requests(): readonly ReceivedRequest[] {
    return [...this.received]
  }

  get running(): boolean {
    return this.server.listening
  }

  /** Accepts this token too from now on: a second person who may sign in. */
  acceptToken(token: string): void {
    this.otherTokens.add(token)
  }

  /** Answers (the accepted calls) this many milliseconds late from now on: a slow Konnect. */
  answerAfter(delayMs: number): void {
    this.delayMs = delayMs
  }

  /** Answers every call with 401 from now on, as Konnect does once a token is revoked. */
  revokeToken(): void {
    this.tokenRevoked = true
  }

  /** Back to the seed data, only the first token, no delay and an empty request log. */
  reset(): void {
    this.store.reset()
    this.received.length = 0
    this.tokenRevoked = false
    this.otherTokens.clear()
    this.delayMs = 0
  }

  /** Stops listening and drops kept-alive connections, so the next call is refused. */
  async stop(): Promise<void> {
    if (!this.server.listening) return
    const closed = new Promise<void>((resolve, reject) => {
      this.server.close((error) => {
        if (error) reject(error)
        else resolve()
      })
    })
    this.server.closeAllConnections()
    await closed
  }

  /** Listens again, on the same port as before (the console server's URL does not change). */
  async resume(): Promise<void> {
    if (this.server.listening) return
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.port, '127.0.0.1', () => {
        this.server.off('error', reject)
        resolve()
      })
    })
    this.port = (this.server.address() as AddressInfo).port
  }
}
