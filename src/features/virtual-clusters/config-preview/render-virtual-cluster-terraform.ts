// The body as a `konnect_event_gateway_virtual_cluster` resource of the GA `konnect` provider, in the
// provider's shape: attributes in alphabetical order, each authentication method and namespace
// selector an object keyed by its type (`{ sasl_plain = { … } }`), the destination by id. Principal
// passwords become sensitive variables (also those a PUT leaves out: Terraform needs every one);
// references are kept literal.
import { hclAttributes, hclRaw } from '../../../components/config-preview/hcl-writer'
import type { HclObject, HclValue } from '../../../components/config-preview/hcl-writer'
import {
  terraformDocument,
  type TerraformResourceOptions,
} from '../../../components/config-preview/terraform-document'
import type { VirtualClusterRequestBody } from '../form/mapping/virtual-cluster-request-mapper'
import type { PrincipalPasswordSlot } from './virtual-cluster-secrets'

type Method = VirtualClusterRequestBody['authentication'][number]
type Namespace = NonNullable<VirtualClusterRequestBody['namespace']>
type Additional = NonNullable<Namespace['additional']>

function secretAt(
  slots: readonly PrincipalPasswordSlot[],
  methodIndex: number,
  principalIndex: number,
  value: string | undefined,
): HclValue | undefined {
  const path = [
    'authentication',
    String(methodIndex),
    'principals',
    String(principalIndex),
    'password',
  ]
  const slot = slots.find((found) => found.path.join('.') === path.join('.'))
  return slot ? hclRaw(`var.${slot.terraformVariable}`) : value
}

function kongIdentity(method: Exclude<Method, { type: 'anonymous' }>): HclObject | undefined {
  const lookup = method.fetch_kong_identity_principal
  if (!lookup) return undefined
  return {
    directory: lookup.directory,
    failure_mode: lookup.failure_mode,
    fetch_by: 'fetch_by' in lookup ? { key: lookup.fetch_by.key } : undefined,
  }
}

function method(entry: Method, index: number, slots: readonly PrincipalPasswordSlot[]): HclObject {
  switch (entry.type) {
    case 'anonymous':
      return { anonymous: {} }
    case 'sasl_plain':
      return {
        sasl_plain: {
          fetch_kong_identity_principal: kongIdentity(entry),
          mediation: entry.mediation,
          principals: entry.principals?.map((principal, position) => ({
            password: secretAt(slots, index, position, principal.password),
            username: principal.username,
          })),
        },
      }
    case 'sasl_scram':
      return {
        sasl_scram: {
          algorithm: entry.algorithm,
          fetch_kong_identity_principal: kongIdentity(entry),
        },
      }
    case 'oauth_bearer':
      return {
        oauth_bearer: {
          claims_mapping: entry.claims_mapping && { ...entry.claims_mapping },
          fetch_kong_identity_principal: kongIdentity(entry),
          jwks: entry.jwks && {
            cache_expiration: entry.jwks.cache_expiration,
            endpoint: entry.jwks.endpoint,
            timeout: entry.jwks.timeout,
          },
          mediation: entry.mediation,
          validate: entry.validate && {
            audiences: entry.validate.audiences?.map(({ name }) => ({ name })),
            issuer: entry.validate.issuer,
          },
        },
      }
    case 'client_certificate':
      return { client_certificate: { fetch_kong_identity_principal: kongIdentity(entry) } }
  }
}

function additional(extra: Additional): HclObject {
  return {
    consumer_groups: extra.consumer_groups?.map((selector) =>
      selector.type === 'glob'
        ? { glob: { glob: selector.glob } }
        : { exact_list: { exact_list: selector.exact_list?.map(({ value }) => ({ value })) } },
    ),
    topics: extra.topics?.map((selector) =>
      selector.type === 'glob'
        ? { glob: { conflict: selector.conflict, glob: selector.glob } }
        : {
            exact_list: {
              conflict: selector.conflict,
              exact_list: selector.exact_list?.map(({ backend }) => ({ backend })),
            },
          },
    ),
  }
}

export function renderVirtualClusterTerraform(
  body: VirtualClusterRequestBody,
  slots: readonly PrincipalPasswordSlot[],
  options: TerraformResourceOptions,
): string {
  const { namespace } = body
  const attributes: HclObject = {
    acl_mode: body.acl_mode,
    authentication: body.authentication.map((entry, index) => method(entry, index, slots)),
    description: body.description,
    destination: 'id' in body.destination ? { id: body.destination.id } : { ...body.destination },
    dns_label: body.dns_label,
    gateway_id: options.gatewayId,
    labels: body.labels,
    name: body.name,
    namespace: namespace && {
      additional: namespace.additional && additional(namespace.additional),
      mode: namespace.mode,
      prefix: namespace.prefix,
    },
    topic_aliases: body.topic_aliases?.map((alias) => ({
      alias: alias.alias,
      condition: alias.condition,
      conflict: alias.conflict,
      topic: alias.topic,
    })),
  }
  return terraformDocument({
    resourceType: 'konnect_event_gateway_virtual_cluster',
    attributes: hclAttributes(attributes, '  '),
    slots,
    options,
  })
}
