// Turns the errors of a generated ajv validator into Konnect `invalid_parameters` entries.
import type { ErrorObject } from 'ajv'
import type { InvalidParameter } from '../api/api-types'
import { unionChoicesAt, type Shape } from './body-shape'

const TYPE_RULES = {
  string: ['is_string', 'must be a string'],
  integer: ['is_integer', 'must be an integer'],
  number: ['is_number', 'must be a number'],
  boolean: ['is_boolean', 'must be a boolean'],
  array: ['is_array', 'must be an array'],
  object: ['is_object', 'must be an object'],
  null: ['is_null', 'must be null'],
} as const

function isTypeName(type: string): type is keyof typeof TYPE_RULES {
  return Object.hasOwn(TYPE_RULES, type)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** JSON pointer (`/bootstrap_servers/1`) to Konnect's field path (`bootstrap_servers[1]`). */
export function fieldPath(pointer: string, data: unknown, extra?: string): string {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (extra !== undefined) segments.push(extra)
  let path = ''
  let current = data
  for (const segment of segments) {
    if (Array.isArray(current)) {
      path += `[${segment}]`
      current = current[Number(segment)]
    } else {
      path += path === '' ? segment : `.${segment}`
      current = isRecord(current) ? current[segment] : undefined
    }
  }
  return path === '' ? 'body' : path
}

function toInvalidParameter(error: ErrorObject, data: unknown, shape: Shape): InvalidParameter {
  const params: Record<string, unknown> = error.params
  const text = (name: string) => {
    const value = params[name]
    return typeof value === 'string' ? value : ''
  }
  const limit = typeof params.limit === 'number' ? params.limit : 0
  const source = 'body'
  const field = fieldPath(error.instancePath, data)
  switch (error.keyword) {
    case 'required': {
      const at = fieldPath(error.instancePath, data, text('missingProperty'))
      return { field: at, rule: 'required', reason: 'is a required field', source }
    }
    case 'additionalProperties': {
      const at = fieldPath(error.instancePath, data, text('additionalProperty'))
      return { field: at, rule: 'unknown_property', reason: 'unknown property', source }
    }
    case 'type': {
      const type = text('type')
      if (!isTypeName(type)) return { field, rule: 'type', reason: `must be ${type}`, source }
      const [rule, reason] = TYPE_RULES[type]
      return { field, rule, reason, source }
    }
    case 'pattern':
      return {
        field,
        rule: 'matches_regex',
        reason: `must match pattern ${text('pattern')}`,
        source,
      }
    case 'minLength':
      return {
        field,
        rule: 'min_length',
        minimum: limit,
        reason: atLeast(limit, 'character'),
        source,
      }
    case 'maxLength':
      return {
        field,
        rule: 'max_length',
        maximum: limit,
        reason: atMost(limit, 'character'),
        source,
      }
    case 'minItems':
      return { field, rule: 'min_items', minimum: limit, reason: atLeast(limit, 'item'), source }
    case 'maxItems':
      return { field, rule: 'max_items', maximum: limit, reason: atMost(limit, 'item'), source }
    case 'maxProperties':
      return {
        field,
        rule: 'max_items',
        maximum: limit,
        reason: atMost(limit, 'entry', 'entries'),
        source,
      }
    case 'minimum':
      return {
        field,
        rule: 'min',
        minimum: limit,
        reason: `must be greater than or equal to ${limit}`,
        source,
      }
    case 'maximum':
      return {
        field,
        rule: 'max',
        maximum: limit,
        reason: `must be less than or equal to ${limit}`,
        source,
      }
    case 'enum': {
      const choices = Array.isArray(params.allowedValues) ? (params.allowedValues as unknown[]) : []
      return {
        field,
        rule: 'enum',
        choices,
        reason: `must be one of ${choices.join(', ')}`,
        source,
      }
    }
    case 'discriminator': {
      // ajv reports a missing, non-string or unknown `type` on the union object itself.
      const at = fieldPath(error.instancePath, data, text('tag') || 'type')
      const choices = unionChoicesAt(shape, fieldPath(error.instancePath, data)) ?? []
      if (choices.length === 0) return { field: at, rule: 'invalid', reason: 'is invalid', source }
      return {
        field: at,
        rule: 'enum',
        choices,
        reason: `must be one of ${choices.join(', ')}`,
        source,
      }
    }
    default:
      return { field, rule: 'invalid', reason: error.message ?? 'is invalid', source }
  }
}

/**
 * One entry per error. `shape` names the choices of the body's unions. An `anyOf` of references
 * (`{ id }` or `{ name }`) that fails is reported as the problems inside the object when it has
 * any (the branch it meant, e.g. a bad `name`), else as one `required` entry naming the
 * alternatives, instead of every branch's complaints.
 */
export function toInvalidParameters(
  errors: readonly ErrorObject[],
  data: unknown,
  shape: Shape,
): InvalidParameter[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath))
  const problems: InvalidParameter[] = []
  for (const path of anyOfPaths) {
    const inside = errors.some((e) => e.instancePath.startsWith(`${path}/`))
    const alternatives = errors
      .filter((e) => e.keyword === 'required' && e.instancePath === path)
      .map((e) => String(e.params.missingProperty))
    if (!inside && alternatives.length > 0) {
      problems.push({
        field: fieldPath(path, data),
        rule: 'required',
        reason: `must have one of the properties ${alternatives.join(', ')}`,
        source: 'body',
      })
    }
  }
  const branchNoise = (e: ErrorObject) =>
    e.keyword === 'anyOf' || (e.keyword === 'required' && anyOfPaths.has(e.instancePath))
  return [
    ...problems,
    ...errors.filter((e) => !branchNoise(e)).map((e) => toInvalidParameter(e, data, shape)),
  ]
}

function atLeast(limit: number, unit: string, plural = `${unit}s`): string {
  return `must have at least ${limit} ${limit === 1 ? unit : plural}`
}

function atMost(limit: number, unit: string, plural = `${unit}s`): string {
  return `must not have more than ${limit} ${limit === 1 ? unit : plural}`
}
