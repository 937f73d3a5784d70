// Just enough HCL writing for one resource: strings (quoted or heredoc), raw expressions, lists and
// nested objects, with `=` aligned across neighbouring one-line attributes the way `terraform fmt` does.

/** A raw HCL expression, written as is: e.g. `var.backend_cluster_password`. */
export interface HclRaw {
  raw: string
}
export type HclValue = string | number | boolean | HclRaw | HclValue[] | HclObject
export interface HclObject {
  [key: string]: HclValue | undefined
}

export function hclRaw(raw: string): HclRaw {
  return { raw }
}

function isRaw(value: HclValue): value is HclRaw {
  return (
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof value.raw === 'string' &&
    Object.keys(value).length === 1
  )
}

/** Terraform would interpolate `${…}` and `%{…}`; doubling the sigil keeps them literal. */
function escapeTemplate(text: string): string {
  return text.replace(/([$%])\{/g, (_, sigil: string) => `${sigil}${sigil}{`)
}

const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
}

function escapeChar(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 0x20 && !(char in NAMED_ESCAPES)) return `\\u${code.toString(16).padStart(4, '0')}`
  return NAMED_ESCAPES[char] ?? char
}

export function hclString(text: string): string {
  return `"${escapeTemplate(Array.from(text, escapeChar).join(''))}"`
}

/** Multi-line text (PEM) as an indented heredoc; chomp() keeps a value without a final newline exact. */
function hclHeredoc(text: string, indent: string): string {
  let marker = 'EOT'
  for (let n = 1; text.split('\n').some((line) => line.trim() === marker); n += 1)
    marker = `EOT${n}`
  const body = text.endsWith('\n') ? text.slice(0, -1) : text
  const lines = body.split('\n').map((line) => `${indent}  ${escapeTemplate(line)}`)
  const heredoc = `<<-${marker}\n${lines.join('\n')}\n${indent}${marker}`
  return text.endsWith('\n') ? heredoc : `chomp(${heredoc}\n${indent})`
}

function objectKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : hclString(key)
}

export function hclValue(value: HclValue, indent: string): string {
  if (typeof value === 'string') {
    return value.includes('\n') ? hclHeredoc(value, indent) : hclString(value)
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (isRaw(value)) return value.raw
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((item) => `${inner}${hclValue(item, inner)}`).join(',\n')}\n${indent}]`
  }
  const attributes = hclAttributes(value, inner)
  return attributes.length === 0 ? '{}' : `{\n${attributes.join('\n')}\n${indent}}`
}

/** `name = value` lines; runs of one-line attributes get their `=` aligned. */
export function hclAttributes(object: HclObject, indent: string): string[] {
  const rendered = Object.entries(object)
    .filter((entry): entry is [string, HclValue] => entry[1] !== undefined)
    .map(([key, value]) => ({ name: objectKey(key), text: hclValue(value, indent) }))
  const lines: string[] = []
  let run: typeof rendered = []
  const flush = () => {
    const width = Math.max(0, ...run.map((item) => item.name.length))
    for (const item of run) lines.push(`${indent}${item.name.padEnd(width)} = ${item.text}`)
    run = []
  }
  for (const item of rendered) {
    if (item.text.includes('\n')) {
      flush()
      lines.push(`${indent}${item.name} = ${item.text}`)
    } else {
      run.push(item)
    }
  }
  flush()
  return lines
}
