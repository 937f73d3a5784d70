// A curl command that sends the body. The body goes through an unquoted here-document so plaintext
// secrets can be shell variables the reader exports first; everything else is escaped so the shell
// leaves it alone (notably `${vault.env['X']}` references).
import type { BackendClusterRequestBody, HttpMethod } from './backend-cluster-request-body'
import { prettyJson } from './pretty-json'
import { plaintextSecretAt, plaintextSecretSlots, SECRET_ENV_NAMES } from './secret-placeholders'

/** In an unquoted here-document only `\`, `$` and backquote are special. */
function escapeForHeredoc(text: string): string {
  return text.replace(/[\\$`]/g, '\\$&')
}

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
      // Inside JSON quotes; the variable's value is inserted as is, so it must be JSON-safe.
      return slot === undefined ? undefined : `"$${SECRET_ENV_NAMES[slot]}"`
    },
  })
  const variables = plaintextSecretSlots(request.body).map((slot) => SECRET_ENV_NAMES[slot])
  const preamble =
    variables.length === 0
      ? []
      : [`# Export ${variables.join(' and ')} first; secrets are not shown here.`]
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
