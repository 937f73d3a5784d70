import { describe, expect, it } from 'vitest'
import { ROOT_CA_PEM } from '../tls/test-certificates'
import { createBody, fullBody, SEED_BODY } from './config-preview-fixtures.test-support'
import { hclString } from '../../../components/config-preview/hcl-writer'
import {
  terraformResourceName,
  type TerraformResourceOptions,
} from '../../../components/config-preview/terraform-document'
import type { BackendClusterRequestBody } from '../form/mapping/backend-cluster-request-mapper'
import { backendClusterSecretSlots } from './backend-cluster-secrets'
import { renderTerraform as renderWithSlots } from './render-terraform'

function renderTerraform(body: BackendClusterRequestBody, options: TerraformResourceOptions) {
  return renderWithSlots(body, backendClusterSecretSlots(body), options)
}

const OPTIONS = {
  gatewayId: '9524ec7d-36d9-465d-a8c5-83a3c9390458',
  resourceName: 'my_eventgatewaybackendcluster',
}

describe('renderTerraform', () => {
  it('renders the documented example as a resource of the GA konnect provider', () => {
    expect(renderTerraform(SEED_BODY, OPTIONS)).toBe(
      [
        'resource "konnect_event_gateway_backend_cluster" "my_eventgatewaybackendcluster" {',
        '  authentication = {',
        '    anonymous = {}',
        '  }',
        '  bootstrap_servers = [',
        '    "host:9092"',
        '  ]',
        '  gateway_id                                    = "9524ec7d-36d9-465d-a8c5-83a3c9390458"',
        '  insecure_allow_anonymous_virtual_cluster_auth = true',
        '  name                                          = "example-backend-cluster"',
        '  tls = {',
        '    enabled              = false',
        '    insecure_skip_verify = false',
        '  }',
        '}',
        '',
      ].join('\n'),
    )
  })

  it('uses sensitive variables for plaintext secrets and heredocs for PEMs', () => {
    const text = renderTerraform(fullBody('hunter2', 'QUJD'), OPTIONS)
    expect(text.startsWith('variable "backend_cluster_password" {\n')).toBe(true)
    expect(text).toContain(
      [
        'variable "backend_cluster_client_key" {',
        '  type      = string',
        '  sensitive = true',
        '}',
        '',
        'resource',
      ].join('\n'),
    )
    expect(text).toContain(
      [
        '  authentication = {',
        '    sasl_scram = {',
        '      algorithm = "sha256"',
        '      password  = var.backend_cluster_password',
        '      username  = "svc"',
        '    }',
        '  }',
      ].join('\n'),
    )
    expect(text).toContain('      key = var.backend_cluster_client_key')
    expect(text).toContain('    ca_bundle = <<-EOT\n      -----BEGIN CERTIFICATE-----\n')
    expect(text).toContain('      -----END CERTIFICATE-----\n    EOT\n')
    expect(text).toContain(
      ['  labels = {', '    env           = "prod"', '    "app.io/name" = "orders"', '  }'].join(
        '\n',
      ),
    )
    expect(text).toContain('  metadata_update_interval_seconds = 120')
    expect(text).toContain('    tls_versions = [\n      "tls13"\n    ]')
  })

  it('keeps references literal so Terraform does not interpolate them', () => {
    const text = renderTerraform(fullBody("${vault.env['PW']}", "${vault.env['KEY']}"), OPTIONS)
    expect(text).toContain(`password  = "$\${vault.env['PW']}"`)
    expect(text).toContain(`key = "$\${vault.env['KEY']}"`)
    expect(text).not.toContain('variable ')
  })

  it('wraps a PEM without a final newline in chomp() to keep it exact', () => {
    const body = createBody({ tlsEnabled: true, caBundle: ROOT_CA_PEM.trim() })
    const text = renderTerraform(body, OPTIONS)
    expect(text).toContain('    ca_bundle = chomp(<<-EOT\n')
    expect(text).toContain('-----END CERTIFICATE-----\n    EOT\n    )\n')
  })

  it('escapes strings the HCL way', () => {
    expect(hclString('a "b" \\ ${x} %{y} \n\t\u0001')).toBe(
      '"a \\"b\\" \\\\ $${x} %%{y} \\n\\t\\u0001"',
    )
  })

  it.each([
    ['Orders Cluster', 'orders_cluster'],
    ['9 lives', '_9_lives'],
    ['!!!', 'backend_cluster'],
    ['kafka-prod', 'kafka-prod'],
  ])('turns %j into the resource name %j', (text, name) => {
    expect(terraformResourceName(text, 'backend_cluster')).toBe(name)
  })

  it('adds an import block for a saved cluster, keyed by gateway and cluster id', () => {
    const text = renderTerraform(SEED_BODY, {
      ...OPTIONS,
      importId: 'c0ffee00-0000-4000-8000-000000000001',
    })
    expect(
      text.endsWith(
        [
          '}',
          '',
          'import {',
          '  to = konnect_event_gateway_backend_cluster.my_eventgatewaybackendcluster',
          '  id = jsonencode({ gateway_id = "9524ec7d-36d9-465d-a8c5-83a3c9390458", id = "c0ffee00-0000-4000-8000-000000000001" })',
          '}',
          '',
        ].join('\n'),
      ),
    ).toBe(true)
    expect(renderTerraform(SEED_BODY, OPTIONS)).not.toContain('import {')
  })
})
