import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ServerResponse } from 'node:http'
import { TLSSocket } from 'node:tls'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin, type ProxyOptions, type Rolldown } from 'vite'
import {
  FIRST_PAINT_STYLES_FILE,
  firstPaintStylesheetName,
  firstPaintStyleTags,
  parseFirstPaintStyles,
  type FirstPaintStyles,
} from './scripts/first-paint-styles.ts'
import { firstPaintChunks, withCompileHint } from './scripts/compile-hints.ts'
import {
  routePreloadScript,
  routePreloadTable,
  withRoutePreloadScript,
} from './scripts/demo-route-preloads.ts'
import { precompressAssets } from './scripts/precompress-assets.ts'
import { themeVariablesGlobalName } from './scripts/theme-variables-name.ts'
import { hostRefusal, parseAllowedHosts, type AllowedHosts } from './server/allowed-hosts.ts'
import { withConsoleConfig, type ConsoleConfig } from './server/console-config.ts'
import { crossSiteRefusal } from './server/cross-site-request.ts'
import { toBrowserHeaders, toUpstreamHeaders } from './server/forwarded-headers.ts'
import { readKonnectConfig, type KonnectConfig } from './server/konnect-config.ts'
import { PROBLEM_CONTENT_TYPE, problemJson } from './server/problem.ts'
import {
  FORWARDED_METHODS,
  isApiPath,
  NOT_FORWARDED_DETAIL,
  PROXY_PREFIX,
  routedPath,
  toUpstreamPath,
} from './server/upstream-path.ts'

const require = createRequire(import.meta.url)
const PROJECT_ROOT = fileURLToPath(new URL('.', import.meta.url))

/** The bundle's code chunks, without its assets. */
function chunksOf(bundle: Rolldown.OutputBundle): Rolldown.OutputChunk[] {
  return Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []))
}

/**
 * The code a deep link runs before its first paint starts with V8's compile hint: compiled while
 * it downloads, off the main thread (scripts/compile-hints.ts). Before the precompressed copies.
 */
function compileHintsPlugin(): Plugin {
  return {
    name: 'egc-compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own, which puts its preload map in front of the entry's code. Like that map, it
      // comes after the file names are hashed: the same build always adds the same comment.
      order: 'post',
      handler(_options, bundle) {
        const chunks = chunksOf(bundle)
        const marked = firstPaintChunks(chunks, PROJECT_ROOT)
        for (const chunk of chunks) {
          if (marked.has(chunk.fileName)) chunk.code = withCompileHint(chunk.code)
        }
      },
    },
  }
}

/** Brotli and gzip copies of the built assets, which the production server sends as they are. */
function precompressPlugin(): Plugin {
  return {
    name: 'egc-precompress-assets',
    apply: 'build',
    async writeBundle(options) {
      if (options.dir) await precompressAssets(path.join(options.dir, 'assets'))
    },
  }
}

/**
 * Builds ship the global and class styles of the deep-linked pages' first paint as a stylesheet,
 * which emotion is told is in place: it compiles and inserts none of them at run time. Development builds name
 * styles differently (with labels), so the dev server goes without.
 */
function firstPaintStylesPlugin(): Plugin {
  // Read once per build; the bundle's asset and the HTML's link both come from it.
  let styles: FirstPaintStyles = { globals: [], ids: [], rules: [] }
  let stylesheet = ''
  let fileName = ''
  let themeVariables = ''
  return {
    name: 'egc-first-paint-styles',
    apply: 'build',
    buildStart() {
      styles = parseFirstPaintStyles(readFileSync(FIRST_PAINT_STYLES_FILE, 'utf8'))
      stylesheet = styles.rules.join('')
      fileName = firstPaintStylesheetName(stylesheet)
      themeVariables = themeVariablesGlobalName()
    },
    generateBundle() {
      if (styles.rules.length > 0) this.emitFile({ type: 'asset', fileName, source: stylesheet })
    },
    transformIndexHtml: () => firstPaintStyleTags(styles, `/${fileName}`, themeVariables),
  }
}

// zod's global configuration object, as zod/v4/core/core.js creates it on first load.
const ZOD_GLOBAL_CONFIG = '(_a.__zod_globalConfig = {})'

/**
 * Builds run zod without its compiled (`new Function`) parsers: the production server's CSP
 * forbids eval, and zod's probe for it is reported as a violation even though it is caught. It
 * must be set before the first schema is created, i.e. in zod itself.
 */
function zodJitlessPlugin(): Plugin {
  return {
    name: 'egc-zod-jitless',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id)) return null
      if (!code.includes(ZOD_GLOBAL_CONFIG)) {
        throw new Error(`zod's core.js no longer has ${ZOD_GLOBAL_CONFIG}: update zodJitlessPlugin`)
      }
      return code.replace(ZOD_GLOBAL_CONFIG, '(_a.__zod_globalConfig = { jitless: true })')
    },
  }
}

/**
 * Demo builds: the HTML preloads the mock API's chunk (src/mocks/browser.ts, imported lazily by the
 * demo runtime) so it downloads beside the entry instead of after it has run.
 */
function demoMockPreloadPlugin(): Plugin {
  return {
    name: 'egc-demo-mock-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const mock = chunksOf(context.bundle ?? {}).find((chunk) =>
          chunk.facadeModuleId?.endsWith('/src/mocks/browser.ts'),
        )
        if (!mock) throw new Error('The demo build has no src/mocks/browser.ts chunk to preload')
        return [mock.fileName, ...mock.imports]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }))
      },
    },
  }
}

/**
 * Demo builds: a small script first in the HTML preloads the deep-linked page's chunks, as the
 * production server's HTML does in Konnect mode (scripts/demo-route-preloads.ts); static hosts
 * serve one index.html for every path.
 */
function demoRoutePreloadsPlugin(): Plugin {
  return {
    name: 'egc-demo-route-preloads',
    apply: 'build',
    generateBundle: {
      // After Vite has written index.html into the bundle, with the final chunk names.
      order: 'post',
      handler(_options, bundle) {
        const table = routePreloadTable(chunksOf(bundle), PROJECT_ROOT)
        const script = this.emitFile({
          type: 'asset',
          name: 'route-preloads.js',
          source: routePreloadScript(table),
        })
        const html = bundle['index.html']
        if (html?.type !== 'asset' || typeof html.source !== 'string') {
          throw new Error('The demo build has no index.html to add the route preloads to')
        }
        html.source = withRoutePreloadScript(html.source, this.getFileName(script))
      },
    },
  }
}

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

function sendProblem(res: ServerResponse, status: number, detail: string, instance: string) {
  res.statusCode = status
  res.setHeader('Content-Type', PROBLEM_CONTENT_TYPE)
  res.setHeader('Cache-Control', 'no-store')
  res.end(problemJson(status, detail, instance))
}

// Request headers the dev proxy itself must keep: the connection to Konnect and the body's framing.
const PROXY_OWN_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding'])

/**
 * Dev-server twin of the production server's /api: the same host-name, same-origin, path and
 * method checks, from the same modules, before anything reaches the proxy. The Origin check also
 * matters for reads here: Vite's CORS middleware, which runs first, lets other localhost origins
 * read answers.
 */
function konnectDevPlugin(konnect: KonnectConfig, allowedHosts: AllowedHosts): Plugin {
  return {
    name: 'egc-konnect-api',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? ''
        if (!isApiPath(url)) {
          next()
          return
        }
        const method = req.method ?? 'GET'
        const refusal =
          hostRefusal(req.headers.host, allowedHosts) ??
          crossSiteRefusal({
            method,
            headers: req.headers,
            encrypted: req.socket instanceof TLSSocket,
          })
        if (refusal !== null) {
          sendProblem(res, 403, refusal, url)
        } else if (routedPath(url) === '/api/info' && method === 'GET') {
          res.setHeader('Content-Type', 'application/json')
          res.setHeader('Cache-Control', 'no-store')
          // As the production server answers it.
          res.end(JSON.stringify(devConsoleConfig(konnect)))
        } else if (toUpstreamPath(url) === null || !FORWARDED_METHODS.includes(method)) {
          // Not forwarded, and not the SPA either.
          sendProblem(res, 404, NOT_FORWARDED_DETAIL, url)
        } else {
          next()
        }
      })
    },
  }
}

/** The dev server always holds the one token it was started with. */
function devConsoleConfig(konnect: KonnectConfig | null): ConsoleConfig {
  return konnect
    ? { mode: 'konnect', apiUrl: konnect.apiUrl, access: 'shared-token', signedIn: true }
    : { mode: 'demo' }
}

/** Writes the configuration into index.html as the production server does, so no request is needed. */
function consoleConfigPlugin(konnect: KonnectConfig | null): Plugin {
  return {
    name: 'egc-console-config',
    apply: 'serve',
    transformIndexHtml: (html) => withConsoleConfig(html, devConsoleConfig(konnect)),
  }
}

/** Forwards exactly what toUpstreamPath allows, as it returns it, with the server's header rules. */
function konnectDevProxy(konnect: KonnectConfig): ProxyOptions {
  return {
    target: konnect.apiUrl,
    changeOrigin: true,
    // The middleware has answered anything toUpstreamPath refuses; should it ever be skipped,
    // this still keeps such a path from Konnect (a bare 404).
    bypass: (req) => (toUpstreamPath(req.url ?? '') === null ? false : undefined),
    rewrite: (url) => toUpstreamPath(url) ?? url,
    // Send the checked path as it is: without this the proxy re-parses it with the URL parser,
    // which resolves dot segments and re-encodes the query.
    toProxy: true,
    configure: (proxy) => {
      proxy.on('proxyReq', (proxyReq, req) => {
        const forwarded = toUpstreamHeaders(req.headers, konnect.token, undefined)
        for (const name of proxyReq.getHeaderNames()) {
          if (!Object.hasOwn(forwarded, name) && !PROXY_OWN_HEADERS.has(name))
            proxyReq.removeHeader(name)
        }
        for (const [name, value] of Object.entries(forwarded)) {
          if (value !== undefined) proxyReq.setHeader(name, value)
        }
      })
      proxy.on('proxyRes', (proxyRes) => {
        // Nothing from Konnect may set browser state, open CORS or trigger a login prompt.
        // Read before the proxy copies them to the browser; Node frames the body again itself.
        proxyRes.headers = { ...toBrowserHeaders(proxyRes.headers), 'cache-control': 'no-store' }
      })
    },
  }
}

export default defineConfig(({ command, mode }) => {
  const konnect = command === 'serve' && mode !== 'demo' ? readKonnectConfig(process.env) : null
  // Throws on a malformed entry, so `npm start` refuses it just as the production server does.
  const allowedHosts = command === 'serve' ? parseAllowedHosts(process.env.ALLOWED_HOSTS) : null
  // Demo when asked for, or when the dev server has no token to talk to Konnect with.
  const demo = mode === 'demo' || (command === 'serve' && konnect === null && mode !== 'test')
  return {
    plugins: [
      react(),
      zodJitlessPlugin(),
      compileHintsPlugin(),
      precompressPlugin(),
      firstPaintStylesPlugin(),
      consoleConfigPlugin(demo ? null : konnect),
      ...(demo ? [mockWorkerPlugin(), demoMockPreloadPlugin(), demoRoutePreloadsPlugin()] : []),
      ...(konnect && allowedHosts ? [konnectDevPlugin(konnect, allowedHosts)] : []),
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
      manifest: true,
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        output: {
          // Code that seven or more chunks import goes into one shared chunk instead of dozens of
          // small ones: a deep link then loads ~10 files, not ~27, and gzip does better on them.
          // Measured with npm run check:budget for 3 to 8; 7 is smallest over the three pages.
          codeSplitting: { groups: [{ name: 'shared', minShareCount: 7 }] },
        },
      },
    },
    server: {
      port: 5173,
      strictPort: true,
      // Vite's own Host check (DNS rebinding) for everything it serves, from the same setting.
      allowedHosts: allowedHosts?.any === true ? true : [...(allowedHosts?.names ?? [])],
      // Only the Event Gateway API is forwarded, as in the production server.
      proxy: konnect ? { [PROXY_PREFIX]: konnectDevProxy(konnect) } : undefined,
    },
    preview: { port: 4173, strictPort: true },
  }
})
