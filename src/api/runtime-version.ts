// Client certificates (tls.client_identity) carry `x-min-runtime-version: '1.1'` in the spec.

export const MTLS_MIN_RUNTIME = '1.1'

function majorMinor(version: string): [number, number] | null {
  const match = /^v?(\d+)\.(\d+)/.exec(version.trim())
  return match ? [Number(match[1]), Number(match[2])] : null
}

/** Compares MAJOR.MINOR numerically ("1.10" is after "1.9"); unreadable versions are not "at least". */
export function isRuntimeAtLeast(version: string, min: string): boolean {
  const actual = majorMinor(version)
  const wanted = majorMinor(min)
  if (!actual || !wanted) return false
  return actual[0] !== wanted[0] ? actual[0] > wanted[0] : actual[1] >= wanted[1]
}
