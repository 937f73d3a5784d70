import { connect } from 'node:net'

export interface RawExchange {
  /** Everything the server sent before it closed the connection (or the wait ran out). */
  text: string
  /** The status of the first answer, 0 if none came. */
  status: number
  /** Milliseconds from the first byte sent until the server closed the connection. */
  closedAfterMs: number
  /** False when the wait ran out with the connection still open. */
  closed: boolean
}

/**
 * Writes `bytes` as they are to the server (no HTTP client in between to fix them up) and
 * collects its answer until it closes the connection or `waitMs` passes.
 */
export function exchangeRaw(origin: string, bytes: string, waitMs = 5_000): Promise<RawExchange> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) })
    const started = performance.now()
    const chunks: Buffer[] = []
    const finish = (closed: boolean) => {
      clearTimeout(timer)
      const text = Buffer.concat(chunks).toString('latin1')
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0)
      resolve({ text, status, closedAfterMs: performance.now() - started, closed })
    }
    const timer = setTimeout(() => {
      socket.destroy()
      finish(false)
    }, waitMs)
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('close', () => finish(true))
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A reset after the answer still counts as the server closing the connection.
      if (error.code !== 'ECONNRESET') reject(error)
    })
    socket.write(bytes, 'latin1')
  })
}

/** The headers of a raw answer, names lower-cased. */
export function headersOf(text: string): Record<string, string> {
  const head = text.split('\r\n\r\n', 1)[0] ?? ''
  const headers: Record<string, string> = {}
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return headers
}
