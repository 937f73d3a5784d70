/** React Hook Form nests array item errors under indexes; this flattens every message found. */
export function collectErrorMessages(error: unknown, found: string[] = []): string[] {
  if (typeof error !== 'object' || error === null) return found
  const record = error as Record<string, unknown>
  if (typeof record.message === 'string' && record.message) found.push(record.message)
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'ref' && key !== 'message' && key !== 'type' && typeof value === 'object') {
      collectErrorMessages(value, found)
    }
  }
  return [...new Set(found)]
}
