// Names for a copy ("duplicate"): `<name>-copy`, then `-copy-2`, `-copy-3`… until one is free, cut to
// fit the length limit. Shared by every entity the console can duplicate.
import { NAME_MAX_LENGTH } from './name-rules'

/**
 * The first free candidate for `base`; `fit(text, room)` cuts the base to `room` characters in the
 * entity's own way. Taken names compare without case when `ignoreCase` is set.
 */
export function uniqueCopy(
  base: string,
  taken: readonly string[],
  options: { maxLength: number; fit: (text: string, room: number) => string; ignoreCase: boolean },
): string {
  const normalize = (text: string) => (options.ignoreCase ? text.toLowerCase() : text)
  const used = new Set(taken.map(normalize))
  for (let attempt = 1; ; attempt += 1) {
    const suffix = attempt === 1 ? '-copy' : `-copy-${attempt}`
    const candidate = `${options.fit(base, options.maxLength - Array.from(suffix).length)}${suffix}`
    if (!used.has(normalize(candidate))) return candidate
  }
}

/** A name not in `existingNames`, still matching the name pattern (no separator before `-copy`). */
export function uniqueCopyName(name: string, existingNames: readonly string[]): string {
  return uniqueCopy(name, existingNames, {
    maxLength: NAME_MAX_LENGTH,
    // Cut by code point, then drop trailing separators so the result still matches the name pattern.
    fit: (text, room) =>
      Array.from(text)
        .slice(0, room)
        .join('')
        .replace(/[^\p{L}\p{N}]+$/u, ''),
    ignoreCase: true,
  })
}
