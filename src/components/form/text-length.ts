/** Length in Unicode code points, the way the spec's JSON-schema validator counts `minLength`/`maxLength`. */
export function codePointLength(text: string): number {
  return Array.from(text).length
}
