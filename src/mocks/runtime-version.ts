// The spec's `x-min-runtime-version`: a field that needs a newer Event Gateway runtime than the
// gateway's `min_runtime_version` is refused, on the field that carries the extension.
import type { InvalidParameter } from '../api/api-types'

/** Compares `MAJOR.MINOR` versions; negative when `a` is older than `b`. */
export function compareRuntimeVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number)
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number)
  return aMajor - bMajor || aMinor - bMinor
}

/** One `invalid` entry on `field` when the gateway runs an older runtime than `minimum`, else none. */
export function runtimeGate(
  field: string,
  minimum: string,
  gatewayRuntime: string,
): InvalidParameter[] {
  if (compareRuntimeVersions(gatewayRuntime, minimum) >= 0) return []
  return [
    {
      field,
      rule: 'invalid',
      reason: `requires a minimum runtime version of ${minimum}; this event gateway runs ${gatewayRuntime}`,
      source: 'body',
    },
  ]
}
