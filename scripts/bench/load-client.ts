// A small HTTP load generator for the bench: a fixed number of GETs, a fixed number in flight,
// kept-alive connections, every request's status and time recorded. Loopback only.
import http from 'node:http'

export interface LoadResult {
  /** 0 when the request failed without an answer (reset, refused, the client's own limit). */
  status: number
  ms: number
  error?: string
}

export interface LoadOptions {
  url: string
  requests: number
  concurrency: number
  /** A request still unanswered after this long counts as hung and is given up. */
  giveUpMs: number
}

function once(agent: http.Agent, url: URL, giveUpMs: number): Promise<LoadResult> {
  const started = performance.now()
  return new Promise((resolve) => {
    const finish = (status: number, error?: string) => {
      resolve({ status, ms: performance.now() - started, ...(error && { error }) })
    }
    const request = http.get(
      url,
      { agent, headers: { accept: 'application/json' } },
      (response) => {
        response.resume()
        response.on('end', () => finish(response.statusCode ?? 0))
        response.on('error', (error) => finish(0, error.message))
      },
    )
    request.setTimeout(giveUpMs, () => {
      request.destroy(new Error(`no answer within ${giveUpMs} ms`))
    })
    request.on('error', (error) => finish(0, error.message))
  })
}

/** Sends `requests` GETs to `url`, `concurrency` at a time; resolves when all have ended. */
export async function runLoad(options: LoadOptions): Promise<LoadResult[]> {
  const url = new URL(options.url)
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency })
  const results: LoadResult[] = []
  let next = 0
  const worker = async () => {
    while (next < options.requests) {
      next += 1
      results.push(await once(agent, url, options.giveUpMs))
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  agent.destroy()
  return results
}
