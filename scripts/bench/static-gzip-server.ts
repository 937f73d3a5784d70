// A static server for the floor in bench:load: gzip-compressed (as the figures were
// taken) with the console server's cache rules — hashed files under /assets/ immutable, the rest
// revalidated — and the page's index.html for any other path, as a single-page app host does.
import compress from '@fastify/compress'
import fastifyStatic from '@fastify/static'
import Fastify from 'fastify'

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Serves `root` on a free port of 127.0.0.1. */
export async function startStaticGzipServer(root: string): Promise<StaticServer> {
  const app = Fastify({ logger: false })
  await app.register(compress, { global: true, encodings: ['gzip'] })
  await app.register(fastifyStatic, {
    root,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      const hashed = filePath.startsWith(`${root}/assets/`)
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  // The floor ships no icon; a 404 for the browser's automatic request would be a console error.
  app.get('/favicon.ico', (_request, reply) => reply.code(204).send())
  app.setNotFoundHandler((_request, reply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html'),
  )
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  return { url, close: () => app.close() }
}
