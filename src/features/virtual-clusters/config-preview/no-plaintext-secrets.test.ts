// Whatever the password, no preview may show it: each view has its own placeholder for it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderCurl } from '../../../components/config-preview/render-curl'
import { renderApiRequest, renderJson } from '../../../components/config-preview/render-json'
import { renderYaml } from '../../../components/config-preview/render-yaml'
import { savedVirtualClusterBody } from '../form/mapping/saved-virtual-cluster-body'
import { toCreateRequest } from '../form/mapping/virtual-cluster-request-mapper'
import {
  apiVirtualCluster,
  formValues,
  method,
} from '../form/virtual-cluster-fixtures.test-support'
import type { VirtualClusterRequestBody } from '../form/mapping/virtual-cluster-request-mapper'
import { virtualClusterConfiguration } from './virtual-cluster-configuration'

async function everyView(body: VirtualClusterRequestBody, saved: boolean): Promise<string[]> {
  const config = virtualClusterConfiguration({
    method: saved ? 'PUT' : 'POST',
    gatewayId: 'gw',
    virtualClusterId: saved ? 'vc' : undefined,
    body,
    saved,
  })
  const slots = config.secrets
  return [
    renderJson(body, slots),
    renderYaml(body, slots),
    renderApiRequest({ method: config.method, path: `/v1${config.path}`, body }, slots),
    renderCurl({ method: config.method, url: `https://example.test${config.path}`, body }, slots),
    await config.terraform(),
  ]
}

/** Random secrets, prefixed so they cannot occur by chance elsewhere in a preview. */
const secret = fc
  .string({ unit: 'grapheme', minLength: 4, maxLength: 24 })
  .map((text) => `Zq${text}`)
  .filter((text) => text.trim() === text)

const username = fc.constantFrom('svc', 'svc', 'Zq', "o'brien", '', '${x}')

describe('virtual cluster config previews', () => {
  it('never show a plaintext principal password, in any method, under any username', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(username, secret), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(username, secret), { maxLength: 2 }),
        async (first, second) => {
          const principals = (rows: [string, string][]) =>
            rows.map(([name, password]) => ({
              username: name,
              password,
              passwordStored: false,
              storedFor: null,
            }))
          const body = toCreateRequest(
            formValues({
              authentication: [
                method('sasl_plain', {
                  plainMediation: 'terminate',
                  principals: principals(first),
                }),
                method('anonymous'),
                method('sasl_plain', { principals: principals(second) }),
              ],
            }),
          )
          for (const view of await everyView(body, false)) {
            for (const [, password] of [...first, ...second]) {
              expect(view).not.toContain(password)
              // Nor in the escaped forms JSON, YAML or HCL would give it.
              expect(view).not.toContain(JSON.stringify(password).slice(1, -1))
            }
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('show a saved virtual cluster with its hidden passwords as placeholders', async () => {
    const body = savedVirtualClusterBody(
      apiVirtualCluster({
        authentication: [
          {
            type: 'sasl_plain',
            mediation: 'terminate',
            principals: [{ username: 'checkout-web' }],
          },
        ],
      }),
    )
    for (const view of await everyView(body, true)) {
      expect(view).not.toContain('stored-in-konnect')
      expect(view).toMatch(/VIRTUAL_CLUSTER_PRINCIPAL_CHECKOUT_WEB_PASSWORD/i)
    }
  })
})
