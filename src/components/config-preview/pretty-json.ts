// JSON.stringify(value, null, 2), but with hooks: the curl view escapes every string for a shell
// here-document and writes shell variables in place of plaintext secrets.

export interface PrettyJsonOptions {
  /** Rewrites each quoted string token (keys and values). Default: unchanged. */
  escape?: (quoted: string) => string
  /** Raw text to write instead of the value at `path`; undefined renders the value normally. */
  replace?: (path: readonly string[]) => string | undefined
}

export function prettyJson(value: unknown, options: PrettyJsonOptions = {}): string {
  const escape = options.escape ?? ((quoted: string) => quoted)
  const write = (node: unknown, path: string[], indent: string): string => {
    const replacement = options.replace?.(path)
    if (replacement !== undefined) return replacement
    if (typeof node === 'string') return escape(JSON.stringify(node))
    if (node === undefined) return 'null'
    if (node === null || typeof node !== 'object') return JSON.stringify(node)
    const inner = `${indent}  `
    if (Array.isArray(node)) {
      if (node.length === 0) return '[]'
      const items = node.map(
        (item: unknown, i) => `${inner}${write(item ?? null, [...path, String(i)], inner)}`,
      )
      return `[\n${items.join(',\n')}\n${indent}]`
    }
    const entries = Object.entries(node).filter(([, item]) => item !== undefined)
    if (entries.length === 0) return '{}'
    const lines = entries.map(
      ([key, item]) =>
        `${inner}${escape(JSON.stringify(key))}: ${write(item, [...path, key], inner)}`,
    )
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  return write(value, [], '')
}
