import { describe, expect, it } from 'vitest'
import { toCreateRequest, toUpdateRequest } from '../form/mapping/virtual-cluster-request-mapper'
import { formValues, method } from '../form/virtual-cluster-fixtures.test-support'
import { newSelector } from '../form/virtual-cluster-form-values'
import { virtualClusterConfiguration } from './virtual-cluster-configuration'
import { principalPasswordSlots } from './virtual-cluster-secrets'

const GATEWAY = 'ab210b2d-9a0d-4a45-b6fb-8e73852bcda7'
const REFERENCE = "${vault.env['MOBILE_APP_KAFKA_PASSWORD']}"

const principals = (...usernames: string[]) =>
  usernames.map((username) => ({
    username,
    password: 'pw',
    passwordStored: false,
    storedFor: null,
  }))

describe('principal password slots', () => {
  it('names each plaintext password after its username, unique, skipping references', () => {
    const body = toCreateRequest(
      formValues({
        authentication: [
          method('sasl_plain', {
            principals: [
              ...principals('checkout-web', 'Café.Bot'),
              { username: 'mobile', password: REFERENCE, passwordStored: false, storedFor: null },
            ],
          }),
          method('sasl_plain', { principals: principals('checkout_web', '漢字') }),
        ],
      }),
    )
    expect(principalPasswordSlots(body).map((slot) => [slot.path.join('.'), slot.envName])).toEqual(
      [
        [
          'authentication.0.principals.0.password',
          'VIRTUAL_CLUSTER_PRINCIPAL_CHECKOUT_WEB_PASSWORD',
        ],
        ['authentication.0.principals.1.password', 'VIRTUAL_CLUSTER_PRINCIPAL_CAFE_BOT_PASSWORD'],
        [
          'authentication.1.principals.0.password',
          'VIRTUAL_CLUSTER_PRINCIPAL_CHECKOUT_WEB_2_PASSWORD',
        ],
        ['authentication.1.principals.1.password', 'VIRTUAL_CLUSTER_PRINCIPAL_2_2_PASSWORD'],
      ],
    )
    expect(principalPasswordSlots(body)[0]?.terraformVariable).toBe(
      'virtual_cluster_principal_checkout_web_password',
    )
  })
})

describe('virtualClusterConfiguration', () => {
  const body = toCreateRequest(
    formValues({
      name: 'payments-public',
      description: 'Storefront',
      authentication: [
        method('sasl_plain', {
          plainMediation: 'terminate',
          principals: [
            ...principals('checkout-web'),
            { username: 'mobile-app', password: REFERENCE, passwordStored: false, storedFor: null },
          ],
        }),
        method('oauth_bearer', {
          oauthMediation: 'validate_forward',
          jwksEndpoint: 'https://login.example.com/jwks',
          audiences: [{ name: 'payments-public' }],
          kongIdentity: {
            enabled: true,
            directory: 'partners',
            fetchByKey: '',
            failureMode: 'ignore',
          },
        }),
        method('anonymous'),
      ],
      aclMode: 'enforce_on_gateway',
      namespaceEnabled: true,
      namespacePrefix: 'public_',
      namespaceTopics: [{ ...newSelector(), glob: 'reference_*', conflict: 'ignore' }],
      namespaceConsumerGroups: [{ ...newSelector(), kind: 'exact_list', exactList: 'monitor' }],
      topicAliases: [{ alias: 'cards', topic: 'card_events', condition: '', conflict: 'warn' }],
      labels: [{ key: 'env', value: 'prod' }],
    }),
  )

  it('posts to the gateway collection and hides the plaintext password', () => {
    const config = virtualClusterConfiguration({ method: 'POST', gatewayId: GATEWAY, body })
    expect(config.path).toBe(`/event-gateways/${GATEWAY}/virtual-clusters`)
    expect(config.secrets.map((slot) => slot.envName)).toEqual([
      'VIRTUAL_CLUSTER_PRINCIPAL_CHECKOUT_WEB_PASSWORD',
    ])
  })

  it('renders the konnect provider resource, GA, secrets as sensitive variables', async () => {
    const config = virtualClusterConfiguration({ method: 'POST', gatewayId: GATEWAY, body })
    expect(await config.terraform())
      .toBe(`variable "virtual_cluster_principal_checkout_web_password" {
  type      = string
  sensitive = true
}

resource "konnect_event_gateway_virtual_cluster" "payments-public" {
  acl_mode = "enforce_on_gateway"
  authentication = [
    {
      sasl_plain = {
        mediation = "terminate"
        principals = [
          {
            password = var.virtual_cluster_principal_checkout_web_password
            username = "checkout-web"
          },
          {
            password = "$\${vault.env['MOBILE_APP_KAFKA_PASSWORD']}"
            username = "mobile-app"
          }
        ]
      }
    },
    {
      oauth_bearer = {
        fetch_kong_identity_principal = {
          directory    = "partners"
          failure_mode = "ignore"
        }
        jwks = {
          endpoint = "https://login.example.com/jwks"
        }
        mediation = "validate_forward"
        validate = {
          audiences = [
            {
              name = "payments-public"
            }
          ]
        }
      }
    },
    {
      anonymous = {}
    }
  ]
  description = "Storefront"
  destination = {
    id = "3e383c6c-3829-4064-a28b-ad2b4222bd3d"
  }
  dns_label  = "payments-public"
  gateway_id = "${GATEWAY}"
  labels = {
    env = "prod"
  }
  name = "payments-public"
  namespace = {
    additional = {
      consumer_groups = [
        {
          exact_list = {
            exact_list = [
              {
                value = "monitor"
              }
            ]
          }
        }
      ]
      topics = [
        {
          glob = {
            conflict = "ignore"
            glob     = "reference_*"
          }
        }
      ]
    }
    mode   = "hide_prefix"
    prefix = "public_"
  }
  topic_aliases = [
    {
      alias = "cards"
      topic = "card_events"
    }
  ]
}
`)
    expect(await config.terraform()).not.toContain('konnect-beta')
  })

  it('adds an import block for a saved virtual cluster, and asks for kept passwords too', async () => {
    const update = toUpdateRequest(
      formValues({
        name: 'payments-public',
        authentication: [
          method('sasl_plain', {
            plainMediation: 'terminate',
            principals: [
              {
                username: 'checkout-web',
                password: '',
                passwordStored: true,
                storedFor: { username: 'checkout-web', plainRank: 0 },
              },
            ],
          }),
        ],
      }),
    )
    const config = virtualClusterConfiguration({
      method: 'PUT',
      gatewayId: GATEWAY,
      virtualClusterId: 'vc-1',
      body: update,
      saved: true,
    })
    expect(config.path).toBe(`/event-gateways/${GATEWAY}/virtual-clusters/vc-1`)
    // Nothing plaintext in the body: the left-out password has no placeholder in JSON or curl…
    expect(config.secrets).toEqual([])
    const terraform = await config.terraform()
    // …but Terraform needs it.
    expect(terraform).toContain('password = var.virtual_cluster_principal_checkout_web_password')
    expect(terraform).toContain(`import {
  to = konnect_event_gateway_virtual_cluster.payments-public
  id = jsonencode({ gateway_id = "${GATEWAY}", id = "vc-1" })
}`)
  })
})
