import { readFile } from 'node:fs/promises'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { withConsoleConfig, type ConsoleConfig } from './console-config.js'
import { routeDataPreloads } from './route-data.js'
import { readRoutePreloads } from './route-preloads.js'
import { routedPath } from './upstream-path.js'

export const IMMUTABLE = 'public, max-age=31536000, immutable'
/** Revalidate every time (ETag / Last-Modified make that cheap), so a deploy shows at once. */
export const REVALIDATE = 'no-cache'
/** The app shell carries the configuration, which depends on the session: never stored. */
export const NOT_STORED = 'no-store'

/** Vite gives every file under assets/ a content hash in its name; nothing else is hashed. */
function cacheControlFor(root: string, filePath: string): string {
  const relative = path.relative(root, filePath)
  return relative.startsWith(`assets${path.sep}`) ? IMMUTABLE : REVALIDATE
}

/** Sends index.html with the configuration for this request in it. */
export type AppShell = (request: FastifyRequest, reply: FastifyReply) => FastifyReply

/**
 * The built app from `staticDir`. index.html is read once, here, and always sent as the app shell
 * with the console configuration in it (`/`, `/index.html` and the single-page-app fallback).
 */
export async function registerStaticFiles(
  app: FastifyInstance,
  staticDir: string,
  configFor: (request: FastifyRequest) => ConsoleConfig,
): Promise<AppShell> {
  const root = path.resolve(staticDir)
  const html = await readFile(path.join(root, 'index.html'), 'utf8')
  // Fails now, not at the first request, if the configuration has nowhere to go.
  withConsoleConfig(html, { mode: 'demo' })
  const preloadsFor = readRoutePreloads(root)
  const shell: AppShell = (request, reply) => {
    const config = configFor(request)
    const page = withConsoleConfig(html, config)
    const signedOut = config.mode === 'konnect' && !config.signedIn
    const pathname = routedPath(request.url) ?? ''
    // Only someone Konnect will answer gets the page's reads started early.
    const reads =
      config.mode === 'konnect' && config.signedIn
        ? routeDataPreloads(pathname, !/\?./.test(request.url))
        : ''
    const preloads = `${preloadsFor(pathname, signedOut)}${reads}`
    return reply
      .code(200)
      .header('cache-control', NOT_STORED)
      .type('text/html; charset=utf-8')
      .send(page.replace('</head>', `${preloads}</head>`))
  }
  app.get('/', shell)
  app.get('/index.html', shell)
  await app.register(fastifyStatic, {
    root,
    index: false,
    dotfiles: 'ignore',
    // The build writes .br and .gz beside each asset (brotli at its best, once); they are sent
    // as they are, with Vary: Accept-Encoding, and anything without them is compressed on the fly.
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', cacheControlFor(root, filePath))
      // Which file is sent depends on Accept-Encoding, so caches must keep them apart.
      res.setHeader('vary', 'Accept-Encoding')
    },
  })
  return shell
}

/**
 * A browser navigating to a client-side route (/backend-clusters/new) gets the app's shell.
 * Anything that looks like a file (has an extension) or lives under /assets/ does not, so a
 * missing script is a real 404 rather than HTML the browser would try to run.
 */
export function wantsAppShell(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const pathname = routedPath(request.url)
  if (pathname === null || pathname.startsWith('/assets/')) return false
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1)
  if (lastSegment.includes('.')) return false
  return request.headers.accept?.includes('text/html') ?? false
}
