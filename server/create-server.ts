import compress from '@fastify/compress'
import Fastify, {
  errorCodes,
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify'
import { hostRefusal, LOCAL_HOSTS_ONLY, type AllowedHosts } from './allowed-hosts.js'
import { answerClientError } from './client-errors.js'
import { crossSiteRefusal } from './cross-site-request.js'
import type { ConsoleConfig } from './console-config.js'
import { KonnectClient } from './konnect-client.js'
import { konnectProxy, type KonnectCredentials } from './konnect-proxy.js'
import { sendProblem } from './problem.js'
import { isSecurityHeader, registerSecurityHeaders, SECURITY_HEADERS } from './security-headers.js'
import {
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_TIMEOUT_MS,
  type KonnectSettings,
  type SessionSettings,
} from './server-settings.js'
import { registerSessionCookie, type SessionCookie } from './session-cookie.js'
import { sessionRoutes } from './session-routes.js'
import { signInCredentials } from './sign-in-credentials.js'
import { registerStaticFiles, wantsAppShell, type AppShell } from './static-files.js'
import type { UpstreamLimits } from './upstream-limiter.js'
import { UpstreamFailureError } from './upstream-failure.js'
import { isApiPath } from './upstream-path.js'

export interface CreateServerOptions {
  mode: 'konnect' | 'demo'
  /**
   * Required in konnect mode; ignored in demo mode, which forwards nothing. With a token, every
   * call carries it (shared-token mode); without one, people sign in (sign-in mode).
   */
  konnect: KonnectSettings | null
  /** Sign-in mode's session cookie: required when `konnect` has no token. */
  session?: SessionSettings | null
  /** The built app: dist/ or dist-demo/. */
  staticDir: string
  /** How long Konnect may take to start answering; default 20 s. */
  timeoutMs?: number
  /** How long a client may take to send its whole request; default 30 s. */
  requestTimeoutMs?: number
  /** Host names the API answers to besides IP addresses and localhost; default none. */
  allowedHosts?: AllowedHosts
  /** Connections to Konnect and calls waiting for one; defaults suit one console server. */
  upstreamLimits?: UpstreamLimits
  /** One JSON line per request on stdout; off by default (tests). */
  logger?: boolean
}

// Wherever a header might be logged, the credential in it is not.
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
]

/** The 4xx status of an error Fastify raised about the request (bad URL, body too large, …). */
function clientErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined
  const status = error.statusCode
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

/**
 * Fastify's own errors about a request (body too large, not JSON, unsupported media type): their
 * messages are Fastify's fixed wording, safe to repeat. Any other error's message may describe the
 * server (paths, addresses, what a library was doing) and never reaches the client.
 */
function isFrameworkError(error: unknown): error is Error {
  if (!(error instanceof Error) || !('code' in error)) return false
  const { code } = error
  return typeof code === 'string' && code.startsWith('FST_ERR_') && code in errorCodes
}

/** Removes every header but the security headers, from Fastify's reply and Node's response. */
function clearAnswerHeaders(reply: FastifyReply): void {
  for (const name of Object.keys(reply.getHeaders())) {
    if (isSecurityHeader(name)) continue
    reply.removeHeader(name)
    reply.raw.removeHeader(name)
  }
}

/** The console's production server, built but not listening. */
export async function createServer(options: CreateServerOptions): Promise<FastifyInstance> {
  const {
    mode,
    konnect,
    session = null,
    staticDir,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
    allowedHosts = LOCAL_HOSTS_ONLY,
    upstreamLimits,
    logger = false,
  } = options
  // Demo mode forwards nothing, even when a configuration is at hand.
  const forwardTo = mode === 'konnect' ? konnect : null
  if (mode === 'konnect' && !forwardTo)
    throw new Error('Konnect mode needs a Konnect configuration.')
  const sharedToken = forwardTo?.token
  if (forwardTo && sharedToken === undefined && !session) {
    throw new Error('Sign-in mode (Konnect without a token) needs session settings.')
  }

  const app = Fastify({
    logger: logger
      ? { level: 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }
      : false,
    // A client gets this long to send its whole request, headers and body; Node checks every
    // connection at this interval (30 s by default, which would double the limit).
    requestTimeout: requestTimeoutMs,
    http: {
      headersTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, requestTimeoutMs),
    },
    // A connection with no traffic at all for longer than sending a request and waiting for
    // Konnect can take is dead (a client that stopped reading its answer, too).
    connectionTimeout: requestTimeoutMs + timeoutMs,
    clientErrorHandler: answerClientError,
    // Fastify's own two lines per request are replaced by the single line below.
    logController: new LogController({ disableRequestLogging: true }),
    // A URL that cannot be decoded never reaches a route or a hook.
    frameworkErrors: (_error, _request, reply) => {
      reply.headers(SECURITY_HEADERS)
      void sendProblem(reply, 400, 'The URL is not validly percent-encoded.')
    },
  })

  if (logger) {
    app.addHook('onResponse', (request, reply, done) => {
      // Health probes come every few seconds; only a failing one is worth a line.
      if (request.url === '/healthz' && reply.statusCode === 200) {
        done()
        return
      }
      request.log.info(
        {
          method: request.method,
          url: request.url,
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
        },
        'request',
      )
      done()
    })
  }

  // index.html with the configuration in it; set once the static files are registered below.
  let appShell: AppShell | undefined = undefined

  // Before any plugin: scopes copy the handlers in place when they are registered.
  app.setNotFoundHandler((request, reply) => {
    if (appShell && !isApiPath(request.url) && wantsAppShell(request)) {
      return appShell(request, reply)
    }
    return sendProblem(reply, 404, `Nothing is served at ${request.url.split('?', 1)[0] ?? ''}.`)
  })

  app.setErrorHandler((error: unknown, request, reply) => {
    // Whatever an answer had set before it failed (Konnect's ETag, a Content-Encoding for a
    // compressed stream) does not describe the problem sent in its place.
    clearAnswerHeaders(reply)
    if (error instanceof UpstreamFailureError) {
      request.log.warn({ status: error.failure.status }, error.failure.detail)
      return sendProblem(reply, error.failure.status, error.failure.detail)
    }
    const status = clientErrorStatus(error)
    if (status === undefined) {
      request.log.error({ err: error }, 'request failed')
      return sendProblem(reply, 500, 'The console server could not handle this request.')
    }
    if (isFrameworkError(error)) return sendProblem(reply, status, error.message)
    request.log.warn({ err: error, status }, 'request refused')
    return sendProblem(reply, status, 'The console server could not accept this request.')
  })

  registerSecurityHeaders(app)
  await app.register(compress, { global: true, encodings: ['br', 'gzip'] })

  // The API in Konnect mode answers only under an allowed name (DNS rebinding) and only to the
  // console's own pages (cross-site requests); nothing refused is read, let alone forwarded.
  // The demo has no token and nothing to protect.
  if (forwardTo) {
    app.addHook('onRequest', (request, reply, done) => {
      if (!isApiPath(request.url)) {
        done()
        return
      }
      const refusal =
        hostRefusal(request.headers.host, allowedHosts) ??
        crossSiteRefusal({
          method: request.method,
          headers: request.headers,
          encrypted: request.protocol === 'https',
        })
      if (refusal === null) done()
      else void sendProblem(reply, 403, refusal)
    })
  }

  // Sign-in mode: each person's token in their own sealed session cookie.
  let sessions: SessionCookie | null = null
  if (forwardTo && sharedToken === undefined && session) {
    sessions = await registerSessionCookie(app, session)
  }

  // What the page is told about this server, in index.html and at /api/info.
  const consoleConfigFor = (request: FastifyRequest): ConsoleConfig => {
    if (!forwardTo) return { mode: 'demo' }
    return {
      mode: 'konnect',
      apiUrl: forwardTo.apiUrl,
      access: sessions ? 'sign-in' : 'shared-token',
      signedIn: sessions ? sessions.read(request).kind === 'live' : true,
    }
  }

  app.get('/healthz', (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  )
  app.get('/api/info', (request, reply) =>
    reply.header('cache-control', 'no-store').send(consoleConfigFor(request)),
  )

  if (forwardTo) {
    const client = new KonnectClient({
      apiUrl: forwardTo.apiUrl,
      timeoutMs,
      limits: upstreamLimits,
    })
    app.addHook('onClose', () => client.close())
    if (sessions) await app.register(sessionRoutes, { client, sessions })
    const credentials: KonnectCredentials = sessions
      ? signInCredentials(sessions)
      : { tokenFor: () => sharedToken ?? null }
    await app.register(konnectProxy, { client, credentials })
  }

  appShell = await registerStaticFiles(app, staticDir, consoleConfigFor)

  return app
}
