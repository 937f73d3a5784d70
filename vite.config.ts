import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { readKonnectConfig, type KonnectConfig } from './server/konnect-config.ts'

const require = createRequire(import.meta.url)

/** MSW's worker script comes straight from the installed package, so it always matches msw's version. */
function mockWorkerPlugin(): Plugin {
  const source = () => readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8')
  return {
    name: 'egc-mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript')
        res.end(source())
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: source() })
    },
  }
}

const FORWARDED_API = /^\/api\/konnect\/event-gateways(\/|\?|$)/

/** Dev-server twin of the production server's /api/info and Konnect proxy: the token stays in Node. */
function konnectDevPlugin(konnect: KonnectConfig): Plugin {
  return {
    name: 'egc-konnect-info',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? ''
        if (url === '/api/info') {
          res.setHeader('Content-Type', 'application/json')
          res.end(JSON.stringify({ mode: 'konnect', region: konnect.label }))
        } else if (url.startsWith('/api/') && !FORWARDED_API.test(url)) {
          // Only the Event Gateway API is forwarded; anything else under /api is not the SPA either.
          res.statusCode = 404
          res.setHeader('Content-Type', 'application/problem+json')
          res.end(
            JSON.stringify({
              status: 404,
              title: 'Not Found',
              detail: 'Not an Event Gateway API path.',
            }),
          )
        } else {
          next()
        }
      })
    },
  }
}

export default defineConfig(({ command, mode }) => {
  const konnect = command === 'serve' && mode !== 'demo' ? readKonnectConfig(process.env) : null
  // Demo when asked for, or when the dev server has no token to talk to Konnect with.
  const demo = mode === 'demo' || (command === 'serve' && konnect === null && mode !== 'test')
  return {
    plugins: [
      react(),
      ...(demo ? [mockWorkerPlugin()] : []),
      ...(konnect ? [konnectDevPlugin(konnect)] : []),
    ],
    resolve: {
      alias: {
        '@demo-runtime': fileURLToPath(
          new URL(
            demo ? './src/demo/demo-runtime.ts' : './src/demo/no-demo-runtime.ts',
            import.meta.url,
          ),
        ),
      },
    },
    define: {
      'import.meta.env.VITE_APP_MODE': JSON.stringify(demo ? 'demo' : 'konnect'),
    },
    build: {
      outDir: demo ? 'dist-demo' : 'dist',
      sourcemap: false,
      chunkSizeWarningLimit: 700,
    },
    server: {
      port: 5173,
      strictPort: true,
      proxy: konnect
        ? {
            // Only the Event Gateway API is forwarded, as in the production server.
            [FORWARDED_API.source]: {
              target: konnect.apiUrl,
              changeOrigin: true,
              rewrite: (path) => path.replace(/^\/api\/konnect/, ''),
              configure: (proxy) => {
                proxy.on('proxyReq', (proxyReq) => {
                  proxyReq.removeHeader('cookie')
                  proxyReq.removeHeader('proxy-authorization')
                  proxyReq.setHeader('Authorization', `Bearer ${konnect.token}`)
                })
                proxy.on('proxyRes', (proxyRes) => {
                  // Nothing from Konnect may set browser state or trigger a login prompt.
                  delete proxyRes.headers['set-cookie']
                  delete proxyRes.headers['www-authenticate']
                })
              },
            },
          }
        : undefined,
    },
    preview: { port: 4173, strictPort: true },
  }
})
