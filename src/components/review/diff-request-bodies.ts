// What a save would change, field by field, in words an operator reads in a review dialog. Each
// entity supplies its vocabulary: field names in form order, where secrets sit, the API defaults.
import { isSecretReference } from '../form/vault-reference'
import { STORED_SECRET_MARKER } from './stored-secret'

export interface FieldChange {
  /** JSON path in the request body, e.g. tls.ca_bundle or labels.env */
  path: string
  label: string
  before: string | undefined
  after: string | undefined
}

export interface DiffVocabulary<Body> {
  /** Field names by dotted path (`*` for any array index), in the form's top-to-bottom order. */
  labels: Readonly<Record<string, string>>
  /** A field name for a path without one (labels.env → "Label env"); undefined shows the path. */
  fallbackLabel?: (path: string) => string | undefined
  /** Paths (`*` for any array index) that hold secrets. */
  secretPaths: readonly string[]
  /** The spec's defaults filled in, so leaving a field out and sending its default compare equal. */
  withDefaults: (body: Body) => Body
}

type Flat = Map<string, unknown>

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null

/** Objects, and lists of objects, are compared field by field; lists of plain values as a whole. */
function flatten(value: unknown, path: string, out: Flat): Flat {
  const entries = Array.isArray(value)
    ? value.some(isObject)
      ? value.map((child: unknown, index) => [String(index), child] as const)
      : undefined
    : isObject(value)
      ? Object.entries(value)
      : undefined
  if (entries) {
    for (const [key, child] of entries) flatten(child, path ? `${path}.${key}` : key, out)
  } else if (value !== undefined) {
    out.set(path, value)
  }
  return out
}

/** `authentication.0.principals.1.password` matches `authentication.*.principals.*.password`. */
function matches(pattern: string, path: string): boolean {
  const wanted = pattern.split('.')
  const parts = path.split('.')
  return (
    wanted.length === parts.length && wanted.every((part, i) => part === '*' || part === parts[i])
  )
}

function display(path: string, value: unknown, secretPaths: readonly string[]): string | undefined {
  if (value === undefined || value === '') return undefined
  if (value === STORED_SECRET_MARKER) return 'Stored — hidden'
  const secret = secretPaths.some((pattern) => matches(pattern, path))
  if (secret && typeof value === 'string' && !isSecretReference(value)) {
    return 'a new value (hidden)'
  }
  if (Array.isArray(value)) return value.map(String).join(', ')
  if (typeof value === 'boolean') return value ? 'On' : 'Off'
  if (typeof value === 'string' && value.includes('\n')) {
    const lines = value.trim().split('\n').length
    return `${value.trim().split('\n')[0] ?? ''} … (${lines} lines)`
  }
  return typeof value === 'number' || typeof value === 'string'
    ? String(value)
    : JSON.stringify(value)
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * What a save would change, field by field, between two configurations (e.g. the entity as the API
 * returned it and the body about to be sent). Secrets never appear: a value Konnect keeps hidden
 * reads "Stored — hidden", a new plaintext one "a new value (hidden)"; references show as written.
 */
export function diffRequestBodies<Body>(
  before: Body,
  after: Body,
  vocabulary: DiffVocabulary<Body>,
): FieldChange[] {
  const { labels, fallbackLabel, secretPaths, withDefaults } = vocabulary
  const order = Object.keys(labels)
  // The form's top-to-bottom order; fields without a name after every named one.
  const rank = (path: string) => {
    const index = order.findIndex((known) => matches(known, path))
    return index === -1 ? order.length : index
  }
  const old = flatten(withDefaults(before), '', new Map())
  const next = flatten(withDefaults(after), '', new Map())
  const paths = [...new Set([...old.keys(), ...next.keys()])].sort((a, b) => rank(a) - rank(b))
  const labelOf = (path: string) => {
    const known = order.find((pattern) => matches(pattern, path))
    return (known === undefined ? undefined : labels[known]) ?? fallbackLabel?.(path) ?? path
  }
  return paths
    .filter((path) => !same(old.get(path), next.get(path)))
    .map((path) => ({
      path,
      label: labelOf(path),
      before: display(path, old.get(path), secretPaths),
      after: display(path, next.get(path), secretPaths),
    }))
}
