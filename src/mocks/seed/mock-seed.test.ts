import { X509Certificate } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { validateUpdateBackendCluster } from '../generated/request-validators.js'
import { loadSeed } from './mock-seed'
import {
  EXPIRED_LEGACY_CA_PEM,
  NORTHWIND_ROOT_CA_PEM,
  PAYMENTS_CLIENT_CERT_PEM,
} from './seed-certificates'
import { SEED_GATEWAYS } from './seed-gateways'

const clustersOf = (gatewayId: string) =>
  loadSeed()
    .find((g) => g.info.id === gatewayId)
    ?.clusters()

describe('seed data', () => {
  it('has the gateways tests rely on, with the promised number of clusters', () => {
    expect(clustersOf(SEED_GATEWAYS.analytics.id)?.size).toBe(260)
    expect(clustersOf(SEED_GATEWAYS.perfLab.id)?.size).toBe(10_000)
    expect(clustersOf(SEED_GATEWAYS.sandbox.id)?.size).toBe(0)
    // Perf-lab's clusters are sorted by the names they will have before any is built.
    const perfLab = clustersOf(SEED_GATEWAYS.perfLab.id)?.page({ size: 1000 }).items ?? []
    const names = perfLab.map((cluster) => cluster.name.toLowerCase())
    expect(names).toEqual(names.toSorted())
    expect(perfLab[0]?.name).toBe('loadtest-checkout-eu-west-1-00004')
    expect(
      loadSeed().find((g) => g.info.id === SEED_GATEWAYS.legacy.id)?.info.min_runtime_version,
    ).toBe('1.0')
  })

  it('is valid against the spec: every seeded cluster passes the update validator', () => {
    for (const gateway of loadSeed()) {
      const page = gateway.clusters().page({ size: 20_000 })
      for (const cluster of page.items) {
        const body: Record<string, unknown> = { ...cluster }
        for (const readOnly of ['id', 'created_at', 'updated_at'])
          Reflect.deleteProperty(body, readOnly)
        expect(
          validateUpdateBackendCluster(body),
          `${cluster.name}: ${JSON.stringify(validateUpdateBackendCluster.errors)}`,
        ).toBe(true)
      }
    }
  })

  it('covers every auth type, TLS on and off, mTLS and skip-verify', () => {
    const curated = [SEED_GATEWAYS.payments, SEED_GATEWAYS.orders, SEED_GATEWAYS.legacy].flatMap(
      (g) => clustersOf(g.id)?.page({ size: 100 }).items ?? [],
    )
    const kinds = new Set(
      curated.map((c) =>
        c.authentication.type === 'sasl_scram'
          ? `scram-${c.authentication.algorithm}`
          : c.authentication.type,
      ),
    )
    expect([...kinds].sort()).toEqual(['anonymous', 'sasl_plain', 'scram-sha256', 'scram-sha512'])
    expect(curated.some((c) => !c.tls.enabled)).toBe(true)
    expect(curated.some((c) => c.tls.insecure_skip_verify)).toBe(true)
    expect(curated.some((c) => c.tls.client_identity)).toBe(true)
  })

  it('ships real certificates: a valid root CA, an expired legacy CA and a client cert issued by the root', () => {
    const root = new X509Certificate(NORTHWIND_ROOT_CA_PEM)
    const expired = new X509Certificate(EXPIRED_LEGACY_CA_PEM)
    const client = new X509Certificate(PAYMENTS_CLIENT_CERT_PEM)
    expect(root.ca).toBe(true)
    expect(new Date(root.validTo).getFullYear()).toBe(2035)
    expect(new Date(expired.validTo).getTime()).toBeLessThan(Date.parse('2025-01-01'))
    expect(client.checkIssued(root)).toBe(true)
    expect(client.verify(root.publicKey)).toBe(true)
  })

  it('is built once and reused', () => {
    expect(loadSeed()).toBe(loadSeed())
  })
})
