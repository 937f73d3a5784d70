// One handler set for the demo worker, Vitest (msw/node) and the Playwright HTTP server.
import { delay, type RequestHandler } from 'msw'
import { createOpenApiHttp } from 'openapi-msw'
import type { paths } from '../api/schema'
import { backendClusterHandlers } from './backend-cluster-handlers'
import { eventGatewayHandlers } from './event-gateway-handlers'
import type { MockStore } from './mock-store'
import { virtualClusterHandlers } from './virtual-cluster-handlers'

export interface CreateHandlersOptions {
  store: MockStore
  /** Prefix of every path, e.g. `*\/api/konnect` (tests) or `*\/v1` (plays Konnect itself). */
  baseUrl: string
  /** Read on every request, so a demo can change it at runtime. Defaults to none. */
  latencyMs?: () => number
}

export function createHandlers({
  store,
  baseUrl,
  latencyMs,
}: CreateHandlersOptions): RequestHandler[] {
  const http = createOpenApiHttp<paths>({ baseUrl })
  const wait = async () => {
    const ms = latencyMs?.() ?? 0
    if (ms > 0) await delay(ms)
  }
  const context = { store, wait }
  return [
    ...eventGatewayHandlers(http, context),
    ...backendClusterHandlers(http, context),
    ...virtualClusterHandlers(http, context),
  ]
}
