// Whatever the secret, no preview may show it: each view has its own placeholder for it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { utf8ToBase64 } from '../form/mapping/client-key-encoding'
import { TEST_EC_PRIVATE_KEY_PEM } from '../tls/test-certificates'
import type { BackendClusterRequestBody } from '../form/mapping/backend-cluster-request-mapper'
import { fullBody } from './config-preview-fixtures.test-support'
import { backendClusterConfiguration } from './backend-cluster-configuration'
import { renderCurl } from '../../../components/config-preview/render-curl'
import { renderApiRequest, renderJson } from '../../../components/config-preview/render-json'
import { renderYaml } from '../../../components/config-preview/render-yaml'

async function everyView(body: BackendClusterRequestBody): Promise<string[]> {
  const config = backendClusterConfiguration({
    method: 'PUT',
    gatewayId: 'gw',
    clusterId: 'c1',
    body,
    saved: true,
  })
  const slots = config.secrets
  return [
    renderJson(body, slots),
    renderYaml(body, slots),
    renderApiRequest(
      { method: 'POST', path: '/v1/event-gateways/gw/backend-clusters', body },
      slots,
    ),
    renderCurl({ method: 'PUT', url: 'https://example.test/x', body }, slots),
    await config.terraform(),
  ]
}

/** Random secrets, prefixed so they cannot occur by chance elsewhere in a preview. */
const secret = fc
  .string({ unit: 'grapheme', minLength: 4, maxLength: 24 })
  .map((text) => `Zq${text}`)
  .filter((text) => text.trim() === text)

describe('config previews', () => {
  it('never show a plaintext password or client key', async () => {
    await fc.assert(
      fc.asyncProperty(secret, secret, async (password, keyText) => {
        const body = fullBody(password, utf8ToBase64(keyText))
        const key = body.tls.client_identity?.key ?? ''
        for (const view of await everyView(body)) {
          expect(view).not.toContain(password)
          // Also not in the escaped forms JSON, YAML or HCL would give it.
          expect(view).not.toContain(JSON.stringify(password).slice(1, -1))
          expect(view).not.toContain(key)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('never show a PEM client key, nor its base64 form', async () => {
    const body = fullBody('hunter2-secret', TEST_EC_PRIVATE_KEY_PEM)
    const encoded = body.tls.client_identity?.key ?? ''
    for (const view of await everyView(body)) {
      expect(view).not.toContain('PRIVATE KEY')
      expect(view).not.toContain(encoded.slice(0, 24))
      expect(view).not.toContain('hunter2-secret')
    }
  })
})
