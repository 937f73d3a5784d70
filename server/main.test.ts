import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startFakeUpstream, type FakeUpstream } from './test/fake-upstream.js'
import { rawRequest } from './test/raw-request.js'
import { createStaticFixture, INDEX_HTML, type StaticFixture } from './test/static-fixture.js'

const PROJECT_DIR = path.resolve(import.meta.dirname, '..')
const TOKEN = 'kpat_0123456789abcdefghijKLMNOP'
const SESSION_SECRET = 'a test secret that is long enough to seal cookies'

interface Finished {
  code: number | null
  stdout: string
  stderr: string
}

/** The parent's environment without any Konnect or server settings, plus the given ones. */
function environment(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of [
    'KONNECT_TOKEN',
    'KONNECT_REGION',
    'KONNECT_API_URL',
    'KONNECT_TIMEOUT_MS',
    'REQUEST_TIMEOUT_MS',
    'SESSION_SECRET',
    'SESSION_IDLE_MINUTES',
    'ALLOW_SHARED_TOKEN_ON_NETWORK',
    'PORT',
    'HOST',
    'STATIC_DIR',
    'ALLOWED_HOSTS',
  ]) {
    env[name] = undefined
  }
  return { ...env, ...settings }
}

function collect(child: ChildProcess): Promise<Finished> {
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** Runs the CLI as a user would: `npx tsx server/main.ts`. */
function runCli(settings: Record<string, string>, args: string[] = []): Promise<Finished> {
  const child = spawn('npx', ['tsx', 'server/main.ts', ...args], {
    cwd: PROJECT_DIR,
    env: environment(settings),
  })
  return collect(child)
}

describe('refusing to start', () => {
  it.each([
    ['the token is missing', {}, /KONNECT_TOKEN is not set/],
    [
      'the token is malformed',
      { KONNECT_TOKEN: 'ghp_0123456789abcdefghij' },
      /KONNECT_TOKEN does not look like a Konnect token/,
    ],
    [
      'the region is unknown',
      { KONNECT_TOKEN: TOKEN, KONNECT_REGION: 'mars' },
      /KONNECT_REGION "mars" is not a Konnect region/,
    ],
    [
      'the URL is bad',
      { KONNECT_TOKEN: TOKEN, KONNECT_API_URL: 'https://eu.api.konghq.com/v2' },
      /KONNECT_API_URL must be an https URL ending in \/v1/,
    ],
    ['the port is bad', { KONNECT_TOKEN: TOKEN, PORT: 'http' }, /PORT must be a whole number/],
    [
      'an allowed host is not a host name',
      { KONNECT_TOKEN: TOKEN, ALLOWED_HOSTS: 'console.example.com,https://other.example' },
      /ALLOWED_HOSTS entry "https:\/\/other\.example" is not a host name/,
    ],
  ])(
    'exits 1 with one line on stderr when %s',
    async (_case, settings: Record<string, string>, message) => {
      const result = await runCli(settings)
      expect(result.code).toBe(1)
      const lines = result.stderr.trimEnd().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^event-gateway-console: /)
      expect(lines[0]).toMatch(message)
      expect(result.stdout).toBe('')
      expect(result.stderr).not.toContain(TOKEN)
      expect(result.stderr).not.toContain('ghp_0123456789abcdefghij')
    },
  )

  it.each([
    ['KONNECT_API_URL', `https://eu.api.konghq.com/v1/${TOKEN}`],
    ['KONNECT_REGION', TOKEN],
    ['PORT', TOKEN],
  ])('never prints a token pasted into %s', async (name, value) => {
    const result = await runCli({ KONNECT_TOKEN: TOKEN, [name]: value })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(new RegExp(`^event-gateway-console: ${name} `))
    expect(result.stderr).not.toContain('0123456789')
  })

  it('never prints a token given as HOST', async () => {
    const fixture = await createStaticFixture()
    try {
      // Sign-in mode, so that the server gets as far as trying to listen on it.
      const result = await runCli({ SESSION_SECRET, HOST: TOKEN, STATIC_DIR: fixture.dir })
      expect(result.code).toBe(1)
      // The plain-http warning names HOST too, so it must not show it either.
      expect(result.stderr.trimEnd().split('\n')).toEqual([
        expect.stringMatching(/^event-gateway-console: warning: HOST=.* over plain http/),
        expect.stringMatching(/^event-gateway-console: cannot listen/),
      ])
      expect(result.stderr).not.toContain('0123456789')
    } finally {
      await fixture.remove()
    }
  })

  it('warns once at start when sign-in mode listens on a network HOST over plain http', async () => {
    const fixture = await createStaticFixture()
    try {
      // A documentation address (TEST-NET-1): never this machine's, so the start ends at listening.
      const result = await runCli({ SESSION_SECRET, HOST: '192.0.2.1', STATIC_DIR: fixture.dir })
      const warnings = result.stderr.split('\n').filter((line) => line.includes('warning:'))
      expect(warnings).toEqual([
        expect.stringMatching(
          /^event-gateway-console: warning: HOST=192\.0\.2\.1 serves sign-in mode over plain http: session cookies.* travel unencrypted unless a TLS-terminating proxy/,
        ),
      ])
    } finally {
      await fixture.remove()
    }
  })

  it.each([
    ['a missing SESSION_SECRET', {}, /SESSION_SECRET/],
    [
      'a SESSION_SECRET under 32 characters',
      { SESSION_SECRET: 'short secret' },
      /SESSION_SECRET is too short: it must be at least 32 characters/,
    ],
  ])('refuses sign-in mode with %s', async (_case, settings: Record<string, string>, message) => {
    const result = await runCli(settings)
    expect(result.code).toBe(1)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toContain('short secret')
  })

  it('refuses a shared token on a network address, naming sign-in mode and the way out', async () => {
    const result = await runCli({ KONNECT_TOKEN: TOKEN, HOST: '0.0.0.0' })
    expect(result.code).toBe(1)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^event-gateway-console: HOST=0\.0\.0\.0 would let everyone/)
    expect(result.stderr).toContain('sign-in mode')
    expect(result.stderr).toContain('ALLOW_SHARED_TOKEN_ON_NETWORK=1')
  })

  it('exits 1 and says to build first when the static directory has no index.html', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'egc-empty-'))
    try {
      const result = await runCli({ KONNECT_TOKEN: TOKEN, STATIC_DIR: empty })
      expect(result.code).toBe(1)
      expect(result.stderr).toBe(
        `event-gateway-console: ${empty} has no index.html; run \`npm run build\` first.\n`,
      )
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })
})

describe('running', () => {
  let upstream: FakeUpstream | undefined
  let fixture: StaticFixture | undefined
  let child: ChildProcess | undefined

  afterEach(async () => {
    if (child?.exitCode === null) child.kill('SIGKILL')
    await upstream?.close()
    await fixture?.remove()
  })

  /** Starts the server through Node with tsx's loader, so signals reach it directly. */
  async function startServer(settings: Record<string, string>, args: string[] = []) {
    fixture = await createStaticFixture()
    const spawned = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
      cwd: PROJECT_DIR,
      env: environment({ HOST: '127.0.0.1', PORT: '0', STATIC_DIR: fixture.dir, ...settings }),
    })
    child = spawned
    const finished = collect(spawned)
    const origin = await new Promise<string>((resolve, reject) => {
      let seen = ''
      spawned.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString('utf8')
        const match = /event-gateway-console: serving .* at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(
          seen,
        )
        if (match?.[1]) resolve(match[1])
      })
      void finished.then((result) => reject(new Error(`server exited early: ${result.stderr}`)))
    })
    return { origin, finished, child: spawned }
  }

  it('forwards with the token, never logs it, logs one line per request and stops cleanly on SIGTERM', async () => {
    upstream = await startFakeUpstream()
    const server = await startServer({ KONNECT_TOKEN: TOKEN, KONNECT_API_URL: upstream.apiUrl })

    const api = await rawRequest(server.origin, '/api/konnect/event-gateways?page[size]=5', {
      headers: { authorization: 'Bearer kpat_browser0000000000', cookie: 'a=b' },
    })
    expect(api.status).toBe(200)
    expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect((await rawRequest(server.origin, '/healthz')).status).toBe(200)
    const info = await rawRequest(server.origin, '/api/info')
    expect(JSON.parse(info.text)).toEqual({
      mode: 'konnect',
      apiUrl: upstream.apiUrl,
      access: 'shared-token',
      signedIn: true,
    })

    server.child.kill('SIGTERM')
    const result = await server.finished
    expect(result.code).toBe(0)
    const output = result.stdout + result.stderr
    expect(output).not.toContain(TOKEN)
    expect(output).not.toContain('kpat_browser')
    expect(output.match(/"msg":"request"/g)).toHaveLength(2)
  })

  it('runs sign-in mode without KONNECT_TOKEN and never logs the token people sign in with', async () => {
    upstream = await startFakeUpstream()
    const server = await startServer({ SESSION_SECRET, KONNECT_API_URL: upstream.apiUrl })
    expect(JSON.parse((await rawRequest(server.origin, '/api/info')).text)).toMatchObject({
      access: 'sign-in',
      signedIn: false,
    })
    const signIn = await rawRequest(server.origin, '/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: TOKEN }),
    })
    expect(signIn.status).toBe(204)
    const cookie = signIn.headers['set-cookie']?.[0]?.split(';', 1)[0] ?? ''
    const api = await rawRequest(server.origin, '/api/konnect/event-gateways', {
      headers: { cookie },
    })
    expect(api.status).toBe(200)
    expect(upstream.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TOKEN}`)

    server.child.kill('SIGTERM')
    const result = await server.finished
    expect(result.code).toBe(0)
    const output = result.stdout + result.stderr
    expect(output).toContain('people sign in with their own tokens')
    expect(output).not.toContain(TOKEN)
    expect(output).not.toContain(cookie.slice('egc_session='.length, 40))
  })

  it('serves the demo build with --demo and no token', async () => {
    const server = await startServer({}, ['--demo'])
    expect(JSON.parse((await rawRequest(server.origin, '/api/info')).text)).toEqual({
      mode: 'demo',
    })
    expect((await rawRequest(server.origin, '/', { headers: { accept: 'text/html' } })).text).toBe(
      INDEX_HTML.replace(
        '</head>',
        '<script id="console-config" type="application/json">{"mode":"demo"}</script></head>',
      ),
    )
    server.child.kill('SIGINT')
    expect((await server.finished).code).toBe(0)
  })
})
