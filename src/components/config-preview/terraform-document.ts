// A Terraform file for one resource: sensitive variables for its plaintext secrets, the resource,
// and for a saved entity an `import` block that adopts it into a Terraform state.
import { hclRaw, hclString, type HclValue } from './hcl-writer'
import type { SecretSlot } from './secret-slots'

export interface TerraformResourceOptions {
  gatewayId: string
  /** Text the resource's local name is made from, usually the entity's name. */
  resourceName: string
  /** The saved entity's id: adds `import {}` (Terraform 1.5+) so the file can adopt it. */
  importId?: string
}

/** A Terraform resource name from any text: letters, digits, `_` and `-`, starting with a letter or `_`. */
export function terraformResourceName(text: string, fallback: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '')
  if (cleaned === '') return fallback
  return /^[a-z_]/.test(cleaned) ? cleaned : `_${cleaned}`
}

/** The variable for a plaintext secret (when `value` sits in one of `slots`), else the value. */
export function terraformSecret(
  value: string,
  slot: SecretSlot,
  slots: readonly SecretSlot[],
): HclValue {
  return slots.some((found) => found.terraformVariable === slot.terraformVariable)
    ? hclRaw(`var.${slot.terraformVariable}`)
    : value
}

function variableBlock(name: string): string {
  return `variable ${hclString(name)} {\n  type      = string\n  sensitive = true\n}\n`
}

export function terraformDocument(document: {
  resourceType: string
  /** The resource body, already written as indented HCL lines. */
  attributes: readonly string[]
  slots: readonly SecretSlot[]
  options: TerraformResourceOptions
}): string {
  const { resourceType, attributes, slots, options } = document
  const localName = terraformResourceName(
    options.resourceName,
    resourceType.replace(/^konnect_event_gateway_/, ''),
  )
  const resource = [
    `resource "${resourceType}" ${hclString(localName)} {`,
    ...attributes,
    '}',
    '',
  ].join('\n')
  const adopt =
    options.importId === undefined
      ? []
      : [
          [
            'import {',
            `  to = ${resourceType}.${localName}`,
            `  id = jsonencode({ gateway_id = ${hclString(options.gatewayId)}, id = ${hclString(options.importId)} })`,
            '}',
            '',
          ].join('\n'),
        ]
  const variables = [...new Set(slots.map((slot) => slot.terraformVariable))].map(variableBlock)
  return [...variables, resource, ...adopt].join('\n')
}
