import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mockServer } from '../mocks/node'
import { SEED_GATEWAYS } from '../mocks/seed/seed-gateways'
import { ApiError, NetworkError, TimeoutError, isTransientError } from './api-error'
import { createApiClient, unwrap } from './client'

const BASE = 'http://localhost/api/konnect'
const client = createApiClient({ baseUrl: BASE, timeoutMs: 200 })
const gatewayId = SEED_GATEWAYS.payments.id

function getCluster(id: string) {
  return unwrap(
    client.GET('/event-gateways/{gatewayId}/backend-clusters/{backendClusterId}', {
      params: { path: { gatewayId, backendClusterId: id } },
    }),
  )
}

describe('API client', () => {
  it('turns a problem+json answer into an ApiError that keeps every field', async () => {
    const error = await unwrap(
      client.POST('/event-gateways/{gatewayId}/backend-clusters', {
        params: { path: { gatewayId } },
        body: {
          name: '-bad',
          bootstrap_servers: ['nope'],
          authentication: { type: 'anonymous' },
          tls: { enabled: false },
        },
      }),
    ).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(400)
    expect(apiError.title).toBe('Bad Request')
    expect(apiError.instance).toMatch(/^kong:trace:\d+$/)
    expect(apiError.detail).not.toBe('')
    expect(apiError.invalidParameters.map((p) => p.field).sort()).toEqual([
      'bootstrap_servers[0]',
      'name',
    ])
    expect(isTransientError(apiError)).toBe(false)
  })

  it('keeps the status and detail of a 404', async () => {
    const error = await getCluster('00000000-0000-4000-8000-000000000000').catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(404)
  })

  it('reports a 500 as an ApiError worth retrying', async () => {
    mockServer.use(
      http.get(`${BASE}/event-gateways/:gatewayId/backend-clusters/:id`, () =>
        HttpResponse.json(
          { status: 500, title: 'Internal Server Error', detail: 'boom', instance: 'kong:trace:1' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const error = await getCluster('00000000-0000-4000-8000-000000000000').catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(500)
    expect((error as ApiError).detail).toBe('boom')
    expect(isTransientError(error)).toBe(true)
  })

  it('tells a network failure apart from a server error', async () => {
    mockServer.use(
      http.get(`${BASE}/event-gateways/:gatewayId/backend-clusters/:id`, () =>
        HttpResponse.error(),
      ),
    )
    const error = await getCluster('00000000-0000-4000-8000-000000000000').catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).not.toBeInstanceOf(ApiError)
    expect(isTransientError(error)).toBe(true)
  })

  it('gives up after the time limit with a TimeoutError', async () => {
    mockServer.use(
      http.get(`${BASE}/event-gateways/:gatewayId`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        return HttpResponse.json({})
      }),
    )
    const error = await unwrap(
      client.GET('/event-gateways/{gatewayId}', { params: { path: { gatewayId } } }),
    ).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TimeoutError)
  })

  it('keeps only the status when an error body is not problem+json', async () => {
    mockServer.use(
      http.get(
        `${BASE}/event-gateways/:gatewayId`,
        () => new HttpResponse('<html>bad gateway</html>', { status: 502 }),
      ),
    )
    const error = await unwrap(
      client.GET('/event-gateways/{gatewayId}', { params: { path: { gatewayId } } }),
    ).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(502)
    expect((error as ApiError).invalidParameters).toEqual([])
  })
})
