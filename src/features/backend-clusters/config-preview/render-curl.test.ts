import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { renderCurl as renderWithSlots } from '../../../components/config-preview/render-curl'
import type { HttpMethod } from '../../../components/config-preview/render-json'
import type { BackendClusterRequestBody } from '../form/mapping/backend-cluster-request-mapper'
import { backendClusterSecretSlots } from './backend-cluster-secrets'
import { createBody, fullBody, SEED_BODY } from './config-preview-fixtures.test-support'

function renderCurl(request: { method: HttpMethod; url: string; body: BackendClusterRequestBody }) {
  return renderWithSlots(request, backendClusterSecretSlots(request.body))
}

const URL = 'https://us.api.konghq.com/v1/event-gateways/gw-1/backend-clusters'

/** Runs the command in bash with `curl` replaced by `cat`, returning the body curl would send. */
function bodySentBy(command: string, env: Record<string, string> = {}): unknown {
  const run = spawnSync('bash', ['--norc', '--noprofile', '-c', `curl() { cat; }\n${command}`], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', KONNECT_TOKEN: 'token', ...env },
  })
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout)
}

describe('renderCurl', () => {
  it('renders the documented example', () => {
    expect(renderCurl({ method: 'POST', url: URL, body: SEED_BODY })).toBe(
      [
        'curl --request POST \\',
        `  --url '${URL}' \\`,
        '  --header "Authorization: Bearer $KONNECT_TOKEN" \\',
        "  --header 'Content-Type: application/json' \\",
        '  --data @- <<EOF',
        JSON.stringify(SEED_BODY, null, 2),
        'EOF',
        '',
      ].join('\n'),
    )
  })

  it('sends plaintext secrets from shell variables and says which to export', () => {
    const body = fullBody('hunter2', 'QUJD')
    const command = renderCurl({ method: 'PUT', url: `${URL}/id`, body })
    expect(command).toContain('"password": "$(json_escape "$BACKEND_CLUSTER_PASSWORD")"')
    expect(command).toContain('"key": "$(json_escape "$BACKEND_CLUSTER_CLIENT_KEY")"')
    expect(command.split('\n')[0]).toBe(
      '# Export BACKEND_CLUSTER_PASSWORD and BACKEND_CLUSTER_CLIENT_KEY first; secrets are not shown here.',
    )
    const sent = bodySentBy(command, {
      BACKEND_CLUSTER_PASSWORD: 'from-env',
      BACKEND_CLUSTER_CLIENT_KEY: 'S0VZ',
    })
    expect(sent).toStrictEqual({
      ...body,
      authentication: { ...body.authentication, password: 'from-env' },
      tls: {
        ...body.tls,
        client_identity: { certificate: body.tls.client_identity?.certificate, key: 'S0VZ' },
      },
    })
  })

  // The variables are inserted into JSON quotes: any value must still give valid JSON, and exactly it.
  it.each([
    ['quotes and backslashes', 'p"a\\ss\\"w'],
    ['shell syntax', "$(id) `whoami` $HOME \\$ 'single' ${x}"],
    ['line breaks, tabs and other control characters', 'a\nb\r\n\tc\u0001\u001f\n\n'],
    ['non-ASCII text', 'pässwörd ✓ 密码'],
    ['an empty value', ''],
  ])('sends a secret holding %s as it is', (_case, secret) => {
    const body = fullBody('hunter2', 'QUJD')
    const command = renderCurl({ method: 'PUT', url: `${URL}/id`, body })
    const sent = bodySentBy(command, {
      BACKEND_CLUSTER_PASSWORD: secret,
      BACKEND_CLUSTER_CLIENT_KEY: secret,
    })
    expect(sent).toStrictEqual({
      ...body,
      authentication: { ...body.authentication, password: secret },
      tls: {
        ...body.tls,
        client_identity: { certificate: body.tls.client_identity?.certificate, key: secret },
      },
    })
  })

  it('sends references, PEM newlines, quotes, backslashes and backquotes exactly as in the body', () => {
    const body = fullBody("${vault.env['PW']}", "${vault.env['KEY']}")
    const tricky = { ...body, description: 'a "b" \\ `whoami` $HOME $(id) \\$ \\n end' }
    const command = renderCurl({ method: 'POST', url: "https://x/it's", body: tricky })
    expect(command).toContain(`"password": "\\\${vault.env['PW']}"`)
    expect(command).toContain("--url 'https://x/it'\\''s'")
    expect(bodySentBy(command)).toStrictEqual(tricky)
  })

  it('asks for no secret variables when there are none', () => {
    const command = renderCurl({ method: 'POST', url: URL, body: createBody() })
    expect(command.startsWith('curl ')).toBe(true)
  })
})
