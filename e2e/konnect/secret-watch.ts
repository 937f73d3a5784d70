// Watches the traffic between a page and the console server for a secret: every request the page
// sends (URL, headers, body) and every response it gets (headers, and the bodies of API answers).
import type { Page, Request, Response } from '@playwright/test'

export interface SecretWatch {
  /** URLs of the requests the page made so far. */
  requestUrls(): string[]
  /** One line per place the secret (or any Authorization header) showed up; empty if none. Ends the watch. */
  findings(): Promise<string[]>
}

// The page authenticates to nothing: these headers have no business in its requests.
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization'])

async function inspectRequest(request: Request, secret: string): Promise<string[]> {
  const where = `${request.method()} ${request.url()}`
  const found: string[] = []
  if (request.url().includes(secret)) found.push(`${where}: the token in the URL`)
  if (request.postData()?.includes(secret)) found.push(`${where}: the token in the body`)
  for (const [name, value] of Object.entries(await request.allHeaders())) {
    if (CREDENTIAL_HEADERS.has(name)) found.push(`${where}: has header "${name}"`)
    if (value.includes(secret)) found.push(`${where}: the token in header "${name}"`)
  }
  return found
}

async function inspectResponse(response: Response, secret: string): Promise<string[]> {
  const where = `answer to ${response.request().method()} ${response.url()}`
  const found: string[] = []
  for (const [name, value] of Object.entries(await response.allHeaders())) {
    if (value.includes(secret)) found.push(`${where}: the token in header "${name}"`)
  }
  // API answers are what could carry a secret from the server; assets are built before any exists.
  // (A 204 or 304 has no body to read.)
  const bodiless = [204, 205, 304].includes(response.status())
  if (new URL(response.url()).pathname.startsWith('/api/') && !bodiless) {
    const body = await readBody(response)
    if (body?.includes(secret)) found.push(`${where}: the token in the body`)
  }
  return found
}

/**
 * The answer's body, or undefined when the browser dropped it unread: a request the app aborted (a
 * query cancelled as its page unmounts) or one the page left. Such a body never reached the page.
 */
async function readBody(response: Response): Promise<string | undefined> {
  try {
    return await response.text()
  } catch (error) {
    if (error instanceof Error && /No data found for resource|navigated away/.test(error.message)) {
      return undefined
    }
    throw error
  }
}

/** Starts watching at once; call before the page navigates. */
export function watchForSecret(page: Page, secret: string): SecretWatch {
  const urls: string[] = []
  // Started as each event arrives, while the body is still in the browser's buffer.
  const checks: Promise<string[]>[] = []
  const onRequest = (request: Request) => {
    urls.push(request.url())
    checks.push(inspectRequest(request, secret))
  }
  const onResponse = (response: Response) => {
    checks.push(inspectResponse(response, secret))
  }
  page.on('request', onRequest)
  page.on('response', onResponse)
  return {
    requestUrls: () => [...urls],
    findings: async () => {
      // Stops watching first: a check started after these are awaited would outlive the page
      // (a request the app sends as the test ends) and fail the test for a closed page.
      page.off('request', onRequest)
      page.off('response', onResponse)
      return (await Promise.all(checks)).flat()
    },
  }
}
