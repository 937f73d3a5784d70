import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ROOT_CA_PEM } from '../tls/test-certificates'
import { konnectPaths } from '../../../api/konnect-paths'
import {
  renderApiRequest as renderRequestWithSlots,
  renderJson as renderJsonWithSlots,
} from '../../../components/config-preview/render-json'
import { renderYaml as renderYamlWithSlots } from '../../../components/config-preview/render-yaml'
import { redactSecrets as redactWithSlots } from '../../../components/config-preview/secret-slots'
import type { BackendClusterRequestBody } from '../form/mapping/backend-cluster-request-mapper'
import { backendClusterSecretSlots } from './backend-cluster-secrets'
import { createBody, fullBody, SEED_BODY } from './config-preview-fixtures.test-support'

// The shared renderers with this entity's secret slots, as the configuration panel calls them.
const slotsOf = (body: BackendClusterRequestBody) => backendClusterSecretSlots(body)
const redactSecrets = <B extends BackendClusterRequestBody>(body: B) =>
  redactWithSlots(body, slotsOf(body))
const renderJson = (body: BackendClusterRequestBody) => renderJsonWithSlots(body, slotsOf(body))
const renderYaml = (body: BackendClusterRequestBody) => renderYamlWithSlots(body, slotsOf(body))
const renderApiRequest = (request: {
  method: 'POST' | 'PUT'
  path: string
  body: BackendClusterRequestBody
}) => renderRequestWithSlots(request, slotsOf(request.body))
const backendClusterApiPath = (gatewayId: string, clusterId?: string) =>
  `/v1${konnectPaths.backendClusters(gatewayId, clusterId)}`

const REFERENCE = "${vault.env['MY_KEY']}"

describe('redactSecrets', () => {
  it('swaps plaintext secrets for environment references and leaves references alone', () => {
    const body = fullBody('hunter2', REFERENCE)
    const redacted = redactSecrets(body)
    expect(redacted.authentication).toMatchObject({
      password: "${vault.env['BACKEND_CLUSTER_PASSWORD']}",
    })
    expect(redacted.tls.client_identity?.key).toBe(REFERENCE)
    expect(body.authentication).toMatchObject({ password: 'hunter2' })
  })

  it('swaps a plaintext client key', () => {
    expect(redactSecrets(fullBody(REFERENCE, 'QUJD')).tls.client_identity?.key).toBe(
      "${vault.env['BACKEND_CLUSTER_CLIENT_KEY']}",
    )
  })
})

describe('API request and JSON views', () => {
  it('builds collection and item paths', () => {
    expect(backendClusterApiPath('gw-1')).toBe('/v1/event-gateways/gw-1/backend-clusters')
    expect(backendClusterApiPath('gw-1', 'c 1')).toBe(
      '/v1/event-gateways/gw-1/backend-clusters/c%201',
    )
  })

  it('shows method, path and the pretty body', () => {
    expect(
      renderApiRequest({ method: 'POST', path: backendClusterApiPath('gw-1'), body: SEED_BODY }),
    ).toBe(`POST /v1/event-gateways/gw-1/backend-clusters
Content-Type: application/json

{
  "name": "example-backend-cluster",
  "bootstrap_servers": [
    "host:9092"
  ],
  "authentication": {
    "type": "anonymous"
  },
  "insecure_allow_anonymous_virtual_cluster_auth": true,
  "tls": {
    "enabled": false,
    "insecure_skip_verify": false
  }
}
`)
  })

  it('renders JSON that parses back to the redacted body', () => {
    const body = fullBody('hunter2', 'QUJD')
    expect(JSON.parse(renderJson(body))).toStrictEqual(redactSecrets(body))
  })
})

describe('YAML view', () => {
  it('renders the documented example', () => {
    expect(renderYaml(SEED_BODY)).toBe(`name: example-backend-cluster
bootstrap_servers:
  - host:9092
authentication:
  type: anonymous
insecure_allow_anonymous_virtual_cluster_auth: true
tls:
  enabled: false
  insecure_skip_verify: false
`)
  })

  it('writes PEMs as block scalars and parses back to the redacted body', () => {
    const body = fullBody('hunter2', REFERENCE)
    const yaml = renderYaml(body)
    expect(yaml).toContain('  ca_bundle: |\n    -----BEGIN CERTIFICATE-----\n')
    expect(parse(yaml)).toStrictEqual(redactSecrets(body))
  })

  it('keeps odd strings intact', () => {
    const body = createBody({
      description: 'yes: no # "quoted" \'x\' ${y}',
      tlsEnabled: true,
      caBundle: ROOT_CA_PEM.trim(),
    })
    expect(parse(renderYaml(body))).toStrictEqual(body)
  })
})
