// Sign-in mode keeps each person's Konnect token in their own session cookie: sealed (encrypted
// and authenticated, XSalsa20-Poly1305 through @fastify/secure-session and libsodium) with a key
// from SESSION_SECRET, HttpOnly so page scripts never see it, SameSite=Strict so no other site's
// page can send it, Secure over TLS. The cookie is the session; the server keeps only the ids of
// sessions signed out, so a cookie sent back later (a copy, or a fresh one an answer already on its
// way carried) opens nothing. A session ends after SESSION_MAX_HOURS however busy it is.
import { randomBytes, scryptSync } from 'node:crypto'
import secureSession from '@fastify/secure-session'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { SessionSettings } from './server-settings.js'

declare module '@fastify/secure-session' {
  interface SessionData {
    token: string
    /** When the session was last used (epoch milliseconds): idle expiry, rolling. */
    lastSeen: number
    /** Random, per sign-in: what signing out revokes. */
    id: string
    /** When the person signed in (epoch milliseconds): the session's whole lifetime. */
    createdAt: number
  }
}

export const SESSION_COOKIE = 'egc_session'

/** A cookie this far past its idle expiry is no longer told apart from no cookie at all. */
const EXPIRED_NOTICE_SECONDS = 24 * 60 * 60
// Fixed, so every server given the same SESSION_SECRET derives the same key (several replicas).
const KEY_SALT = 'event-gateway-console session cookie v1'

export type SessionState = { kind: 'live'; token: string } | { kind: 'signed-out' | 'expired' }

/** Sessions signed out, by id, until their cookies could no longer be live anyway. */
class RevokedSessions {
  private readonly until = new Map<string, number>()

  add(id: string, until: number): void {
    const now = Date.now()
    // Forget what has expired on its own; cheap, and keeps the map as small as the busy hours.
    if (this.until.size > 1_000) {
      for (const [known, expiry] of this.until) if (expiry < now) this.until.delete(known)
    }
    this.until.set(id, until)
  }

  has(id: string): boolean {
    const expiry = this.until.get(id)
    return expiry !== undefined && expiry >= Date.now()
  }
}

export interface SessionCookie {
  read(request: FastifyRequest): SessionState
  /** Seals the token into a new session cookie for this answer. */
  start(request: FastifyRequest, token: string): void
  /** Restarts the idle clock (a new cookie goes out with the answer). */
  refresh(request: FastifyRequest): void
  /** Clears the cookie. */
  end(request: FastifyRequest): void
  readonly idleMinutes: number
}

/**
 * Whether the browser reached this server over TLS: the connection itself, or a proxy in front
 * that says so in X-Forwarded-Proto. Trusting the header is safe for this purpose: a forged
 * `https` only makes the cookie Secure, which keeps it off plain-http requests, so the forger can
 * only sign themselves out.
 */
function cameOverTls(request: FastifyRequest): boolean {
  const forwarded = request.headers['x-forwarded-proto']
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',', 1)[0]
  return request.protocol === 'https' || first?.trim().toLowerCase() === 'https'
}

/**
 * The 32-byte key, stretched from SESSION_SECRET with scrypt (Node's crypto; about 0.1 s, once).
 * secure-session's own derivation from a secret (Argon2, moderate) takes 0.6 s and 256 MiB.
 */
function sessionKey(secret: string): Buffer {
  return scryptSync(secret, KEY_SALT, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 })
}

export async function registerSessionCookie(
  app: FastifyInstance,
  settings: SessionSettings,
): Promise<SessionCookie> {
  const idleMs = settings.idleMinutes * 60_000
  const lifetimeMs = settings.maxHours * 60 * 60_000
  const revoked = new RevokedSessions()
  await app.register(secureSession, {
    key: sessionKey(settings.secret),
    cookieName: SESSION_COOKIE,
    // No Max-Age: the cookie ends with the browser session; the server ends it when idle.
    cookie: { path: '/', httpOnly: true, sameSite: 'strict' },
    // secure-session's own limit, from the last change: past it a cookie reads as no session.
    expiry: Math.ceil(idleMs / 1000) + EXPIRED_NOTICE_SECONDS,
  })

  const writeCookie = (request: FastifyRequest) => {
    request.session.options({
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: cameOverTls(request),
    })
  }

  return {
    idleMinutes: settings.idleMinutes,
    read(request) {
      const { token, lastSeen, id, createdAt } = request.session.data() ?? {}
      if (
        typeof token !== 'string' ||
        typeof lastSeen !== 'number' ||
        typeof id !== 'string' ||
        typeof createdAt !== 'number' ||
        revoked.has(id)
      ) {
        return { kind: 'signed-out' }
      }
      const now = Date.now()
      const over = now - lastSeen > idleMs || now - createdAt > lifetimeMs
      return over ? { kind: 'expired' } : { kind: 'live', token }
    },
    start(request, token) {
      const now = Date.now()
      request.session.regenerate()
      request.session.set('token', token)
      request.session.set('lastSeen', now)
      request.session.set('id', randomBytes(16).toString('base64url'))
      request.session.set('createdAt', now)
      writeCookie(request)
    },
    refresh(request) {
      request.session.set('lastSeen', Date.now())
      writeCookie(request)
    },
    end(request) {
      const id = request.session.get('id')
      const createdAt = request.session.get('createdAt')
      if (typeof id === 'string' && typeof createdAt === 'number') {
        revoked.add(id, createdAt + lifetimeMs)
      }
      writeCookie(request)
      request.session.delete()
    },
  }
}
