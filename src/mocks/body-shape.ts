// The properties a request body may hold, written down where the spec's JSON Schema leaves an
// object open (no `additionalProperties: false`) although Konnect refuses unknown fields, and the
// choices of its discriminated unions (ajv reports a bad tag without them). Shapes are built from
// the spec's types, so a property added to the spec fails the type check until it is listed here.

import type { InvalidParameter } from '../api/api-types'

/** `true`: a value this walk does not enter (a scalar, or an object the schema closes itself). */
export type Shape = true | ObjectShape | ArrayShape | UnionShape

interface ObjectShape {
  readonly kind: 'object'
  readonly properties: Readonly<Record<string, Shape>>
}
interface ArrayShape {
  readonly kind: 'array'
  readonly items: Shape
}
interface UnionShape {
  readonly kind: 'union'
  /** The discriminator property, e.g. `type`. */
  readonly tag: string
  readonly branches: Readonly<Record<string, Shape>>
}

/** Every property of `T`, each with its own shape. */
export function objectShape<T extends object>(properties: {
  readonly [K in keyof Required<T>]: Shape
}): Shape {
  return { kind: 'object', properties }
}

export function arrayShape(items: Shape): Shape {
  return { kind: 'array', items }
}

/**
 * A union told apart by its `type` property: one shape per value of `type`. Call it with
 * `{ ... } satisfies Record<Union['type'], Shape>` so every branch of the spec's union is listed.
 */
export function unionShape(branches: Readonly<Record<string, Shape>>): Shape {
  return { kind: 'union', tag: 'type', branches }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

/** Paths (`namespace.additional.foo`, `authentication[0].bar`) of properties the shape lacks. */
export function unknownPropertyPaths(value: unknown, shape: Shape, path = ''): string[] {
  if (shape === true) return []
  if (shape.kind === 'array') {
    if (!Array.isArray(value)) return []
    return value.flatMap((item: unknown, index) =>
      unknownPropertyPaths(item, shape.items, `${path}[${index}]`),
    )
  }
  if (!isRecord(value)) return []
  if (shape.kind === 'union') {
    const tag = value[shape.tag]
    const branch = typeof tag === 'string' ? shape.branches[tag] : undefined
    // A missing or unknown tag is the schema's to report.
    return branch === undefined ? [] : unknownPropertyPaths(value, branch, path)
  }
  return Object.keys(value).flatMap((key) => {
    const child = Object.hasOwn(shape.properties, key) ? shape.properties[key] : undefined
    return child === undefined
      ? [join(path, key)]
      : unknownPropertyPaths(value[key], child, join(path, key))
  })
}

/**
 * The tag values of the union at `field` (`authentication[2]`, `namespace.additional.topics[0]`),
 * or undefined when the shape has no union there.
 */
export function unionChoicesAt(shape: Shape, field: string): string[] | undefined {
  let current: Shape | undefined = shape
  for (const step of field.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (current === undefined || current === true) return undefined
    if (step.startsWith('[')) {
      current = current.kind === 'array' ? current.items : undefined
    } else if (current.kind === 'object') {
      current = Object.hasOwn(current.properties, step) ? current.properties[step] : undefined
    } else {
      return undefined
    }
  }
  return current !== undefined && current !== true && current.kind === 'union'
    ? Object.keys(current.branches)
    : undefined
}

/** One `unknown_property` entry per property of `value` that `shape` lacks. */
export function unknownPropertyProblems(value: unknown, shape: Shape): InvalidParameter[] {
  return unknownPropertyPaths(value, shape).map((field) => ({
    field,
    rule: 'unknown_property',
    reason: 'unknown property',
    source: 'body',
  }))
}
