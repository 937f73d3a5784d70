// A curl command that sends the body. The body goes through an unquoted here-document so plaintext
// secrets can be shell variables the reader exports first; everything else is escaped so the shell
// leaves it alone (notably `${vault.env['X']}` references). A secret's value may hold anything
// (quotes, backslashes, line breaks), so it is JSON-escaped by a small POSIX helper as the shell
// inserts it: the command works with any curl, in bash, zsh or sh.
import { prettyJson } from './pretty-json'
import type { HttpMethod } from './render-json'
import { secretSlotAt, type SecretSlot } from './secret-slots'

/** In an unquoted here-document only `\`, `$` and backquote are special. */
function escapeForHeredoc(text: string): string {
  return text.replace(/[\\$`]/g, '\\$&')
}

/**
 * Prints its argument as the inside of a JSON string: `\` and `"` escaped, control characters as
 * \uXXXX, line breaks as \n. awk reads the value line by line, so it runs the same everywhere.
 */
const JSON_ESCAPE_FUNCTION = [
  'json_escape() {',
  `  printf '%s\\n' "$1" | awk 'BEGIN { ORS = ""; for (i = 1; i < 32; i++) code[sprintf("%c", i)] = sprintf("\\\\u%04x", i) }`,
  `    { if (NR > 1) print "\\\\n"; for (i = 1; i <= length($0); i++) { c = substr($0, i, 1)`,
  `      if (c == "\\\\" || c == "\\"") print "\\\\" c; else if (c in code) print code[c]; else print c } }'`,
  '}',
]

/** "A", "A and B", "A, B and C". */
function listInWords(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`
}

function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

export function renderCurl(
  request: { method: HttpMethod; url: string; body: object },
  slots: readonly SecretSlot[],
): string {
  const json = prettyJson(request.body, {
    escape: escapeForHeredoc,
    replace: (path) => {
      const slot = secretSlotAt(slots, path)
      return slot === undefined ? undefined : `"$(json_escape "$${slot.envName}")"`
    },
  })
  const variables = [...new Set(slots.map((slot) => slot.envName))]
  const preamble =
    variables.length === 0
      ? []
      : [
          `# Export ${listInWords(variables)} first; secrets are not shown here.`,
          ...JSON_ESCAPE_FUNCTION,
        ]
  return [
    ...preamble,
    `curl --request ${request.method} \\`,
    `  --url ${singleQuoted(request.url)} \\`,
    '  --header "Authorization: Bearer $KONNECT_TOKEN" \\',
    "  --header 'Content-Type: application/json' \\",
    '  --data @- <<EOF',
    json,
    'EOF',
    '',
  ].join('\n')
}
