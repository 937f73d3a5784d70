// A curl command that sends the body. The body goes through an unquoted here-document so plaintext
// secrets can be shell variables the reader exports first; everything else is escaped so the shell
// leaves it alone (notably `${vault.env['X']}` references). A secret's value may hold anything
// (quotes, backslashes, line breaks), so it is JSON-escaped by a small POSIX helper as the shell
// inserts it: the command works with any curl, in bash, zsh or sh.
import type {
  BackendClusterRequestBody,
  HttpMethod,
} from '../form/mapping/backend-cluster-request-body'
import { prettyJson } from '../../../components/config-preview/pretty-json'
import { plaintextSecretAt, plaintextSecretSlots, SECRET_ENV_NAMES } from './secret-placeholders'

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

function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

export function renderCurl(request: {
  method: HttpMethod
  url: string
  body: BackendClusterRequestBody
}): string {
  const json = prettyJson(request.body, {
    escape: escapeForHeredoc,
    replace: (path) => {
      const slot = plaintextSecretAt(request.body, path)
      return slot === undefined ? undefined : `"$(json_escape "$${SECRET_ENV_NAMES[slot]}")"`
    },
  })
  const variables = plaintextSecretSlots(request.body).map((slot) => SECRET_ENV_NAMES[slot])
  const preamble =
    variables.length === 0
      ? []
      : [
          `# Export ${variables.join(' and ')} first; secrets are not shown here.`,
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
