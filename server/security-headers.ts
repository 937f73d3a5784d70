import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import type { FastifyInstance } from 'fastify'
import helmet from 'helmet'

/**
 * The policy the built app runs under: everything from this origin, nothing inline except styles.
 * MUI (emotion) injects <style> tags at run time, hence style-src 'unsafe-inline'; scripts stay strict.
 * No upgrade-insecure-requests: it would break plain-http deployments on localhost or a private network.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

const securityMiddleware = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  referrerPolicy: { policy: 'no-referrer' },
  xFrameOptions: { action: 'deny' },
  // Browsers only honour HSTS over https; this host only, since other subdomains are not ours.
  strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
  crossOriginEmbedderPolicy: false,
})

/**
 * Every header helmet sets, worked out once: they depend on nothing in the request. One record
 * serves the normal answers (a hook) and the few the server gives before any hook can run (a
 * malformed URL, a client too slow to send its request), so no answer lacks one of them.
 */
function headersFromHelmet(): Readonly<Record<string, string>> {
  const response = new ServerResponse(new IncomingMessage(new Socket()))
  securityMiddleware(response.req, response, () => undefined)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value !== undefined) headers[name] = String(value)
  }
  return headers
}

export const SECURITY_HEADERS = headersFromHelmet()

export function isSecurityHeader(name: string): boolean {
  return Object.hasOwn(SECURITY_HEADERS, name.toLowerCase())
}

/** Sets the security headers on every answer, first thing, on the raw response. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.raw.setHeader(name, value)
    // Fastify sets none, but nothing that names the server's software should go out.
    reply.raw.removeHeader('x-powered-by')
    done()
  })
}
