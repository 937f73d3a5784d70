// Request bodies for the preview tests, built the way the form builds them.
import { defaultFormValues } from '../form/backend-cluster-form-values'
import type { BackendClusterFormValues } from '../form/backend-cluster-form-values'
import { toCreateRequest } from '../form/mapping/backend-cluster-request-mapper'
import { LEAF_PEM, ROOT_CA_PEM } from '../tls/test-certificates'

export function createBody(overrides: Partial<BackendClusterFormValues> = {}) {
  return toCreateRequest({
    ...defaultFormValues(),
    name: 'orders',
    bootstrapServers: ['kafka:9092'],
    ...overrides,
  })
}

export const SEED_BODY = createBody({
  name: 'example-backend-cluster',
  bootstrapServers: ['host:9092'],
  allowAnonymousVirtualClusterAuth: true,
})

/** Every field set: SCRAM, TLS 1.3 only, CA bundle, mTLS, interval, labels. */
export function fullBody(password: string, clientKey: string) {
  return createBody({
    description: 'Main cluster',
    bootstrapServers: ['a:9092', '[fe80::1]:9093'],
    authType: 'sasl_scram_sha256',
    username: 'svc',
    password,
    tlsEnabled: true,
    caBundle: ROOT_CA_PEM,
    tlsVersions: ['tls13'],
    mtlsEnabled: true,
    clientCertificate: LEAF_PEM,
    clientKey,
    metadataUpdateIntervalSeconds: '120',
    labels: [
      { key: 'env', value: 'prod' },
      { key: 'app.io/name', value: 'orders' },
    ],
  })
}
