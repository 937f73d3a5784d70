// What the console server accepts from Konnect, for the proxy and for the sign-in check alike.
import type { KonnectAnswer } from './konnect-client.js'

// Only JSON reaches the browser from Konnect: the console reads nothing else, and anything else
// (an HTML error page from a proxy on the way, say) must not be served from the console's origin.
const JSON_ANSWER = /^application\/(?:problem\+)?json\s*(?:;|$)/i
/** A refused token's problem is small; anything longer is cut off. */
export const MAX_REJECTION_BYTES = 64 * 1024

function hasBody(method: string, answer: KonnectAnswer): boolean {
  return (
    method !== 'HEAD' &&
    answer.status !== 204 &&
    answer.status !== 304 &&
    answer.headers['content-length'] !== '0'
  )
}

/** Why Konnect's answer cannot be passed on, or null when it can. */
export function answerRefusal(method: string, answer: KonnectAnswer): string | null {
  if (!Number.isInteger(answer.status) || answer.status < 200 || answer.status > 599) {
    return 'Konnect answered with an invalid HTTP status.'
  }
  const type = answer.headers['content-type']
  if (type === undefined ? hasBody(method, answer) : !JSON_ANSWER.test(type)) {
    return `Konnect answered with ${type ?? 'an untyped body'}, not JSON.`
  }
  return null
}

export async function readAtMost(body: KonnectAnswer['body'], limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    chunks.push(buffer)
    size += buffer.length
    if (size >= limit) break
  }
  body.destroy()
  return Buffer.concat(chunks).subarray(0, limit)
}
