import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { routedPath } from './upstream-path.js'

export const IMMUTABLE = 'public, max-age=31536000, immutable'
/** Revalidate every time (ETag / Last-Modified make that cheap), so a deploy shows at once. */
export const REVALIDATE = 'no-cache'

/** Vite gives every file under assets/ a content hash in its name; nothing else is hashed. */
function cacheControlFor(root: string, filePath: string): string {
  const relative = path.relative(root, filePath)
  return relative.startsWith(`assets${path.sep}`) ? IMMUTABLE : REVALIDATE
}

export async function registerStaticFiles(app: FastifyInstance, staticDir: string): Promise<void> {
  const root = path.resolve(staticDir)
  await app.register(fastifyStatic, {
    root,
    index: 'index.html',
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', cacheControlFor(root, filePath))
    },
  })
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

export function sendAppShell(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', REVALIDATE).sendFile('index.html')
}
