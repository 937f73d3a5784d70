import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { KonnectConfigError } from './konnect-config.js'
import { readAppConfig } from '../src/config/app-config.js'
import { MAX_TIMEOUT_MS, readServerSettings, ServerSettingsError } from './server-settings.js'

const TOKEN = 'kpat_0123456789abcdefghijKLMNOP'
const PROJECT = path.resolve('/srv/console')

describe('readServerSettings', () => {
  it('defaults to Konnect mode on 127.0.0.1:8080 with a 20 second timeout and local host names only, serving dist/', () => {
    expect(readServerSettings({ KONNECT_TOKEN: TOKEN }, [], PROJECT)).toEqual({
      mode: 'konnect',
      konnect: { token: TOKEN, apiUrl: 'https://us.api.konghq.com/v1', label: 'us' },
      session: null,
      warnings: [],
      host: '127.0.0.1',
      port: 8080,
      timeoutMs: 20_000,
      requestTimeoutMs: 30_000,
      staticDir: path.join(PROJECT, 'dist'),
      allowedHosts: { any: false, names: new Set() },
    })
  })

  it('serves dist-demo/ with --demo and needs no token', () => {
    expect(readServerSettings({}, ['--demo'], PROJECT)).toMatchObject({
      mode: 'demo',
      konnect: null,
      staticDir: path.join(PROJECT, 'dist-demo'),
    })
  })

  it('ignores the token in demo mode, so nothing can be forwarded', () => {
    expect(readServerSettings({ KONNECT_TOKEN: TOKEN }, ['--demo'], PROJECT).konnect).toBeNull()
  })

  it('reads PORT, HOST, KONNECT_TIMEOUT_MS and STATIC_DIR', () => {
    const settings = readServerSettings(
      {
        KONNECT_TOKEN: TOKEN,
        PORT: '3000',
        HOST: '127.0.0.1',
        KONNECT_TIMEOUT_MS: '5000',
        STATIC_DIR: '/var/www',
      },
      [],
      PROJECT,
    )
    expect(settings).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      timeoutMs: 5000,
      staticDir: path.resolve('/var/www'),
    })
  })

  it('reads REQUEST_TIMEOUT_MS, from one second to ten minutes', () => {
    expect(
      readServerSettings({ KONNECT_TOKEN: TOKEN, REQUEST_TIMEOUT_MS: '5000' }, [], PROJECT)
        .requestTimeoutMs,
    ).toBe(5000)
    expect(() =>
      readServerSettings({ KONNECT_TOKEN: TOKEN, REQUEST_TIMEOUT_MS: '999' }, [], PROJECT),
    ).toThrow('REQUEST_TIMEOUT_MS must be a whole number from 1000 to 600000 (got "999").')
  })

  it('reads ALLOWED_HOSTS as lower-case names without ports', () => {
    const settings = readServerSettings(
      { KONNECT_TOKEN: TOKEN, ALLOWED_HOSTS: ' Console.Example.com:443, ops-console ,' },
      [],
      PROJECT,
    )
    expect(settings.allowedHosts).toEqual({
      any: false,
      names: new Set(['console.example.com', 'ops-console']),
    })
  })

  it('reads ALLOWED_HOSTS=* as any name', () => {
    expect(
      readServerSettings({ KONNECT_TOKEN: TOKEN, ALLOWED_HOSTS: '*' }, [], PROJECT).allowedHosts,
    ).toEqual({ any: true })
  })

  it.each(['https://console.example.com', 'console.example.com/app', 'a b', 'host:port'])(
    'refuses ALLOWED_HOSTS=%s, naming the entry',
    (value) => {
      const read = () =>
        readServerSettings({ KONNECT_TOKEN: TOKEN, ALLOWED_HOSTS: value }, [], PROJECT)
      expect(read).toThrow(ServerSettingsError)
      expect(read).toThrow(`ALLOWED_HOSTS entry "${value}" is not a host name`)
    },
  )

  it('refuses a malformed ALLOWED_HOSTS in demo mode too', () => {
    expect(() => readServerSettings({ ALLOWED_HOSTS: 'x y' }, ['--demo'], PROJECT)).toThrow(
      ServerSettingsError,
    )
  })

  it('refuses a bad token in Konnect mode', () => {
    expect(() => readServerSettings({ KONNECT_TOKEN: 'ghp_x' }, [], PROJECT)).toThrow(
      KonnectConfigError,
    )
  })

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['KONNECT_TIMEOUT_MS', '0'],
    ['KONNECT_TIMEOUT_MS', '1.5'],
    ['KONNECT_TIMEOUT_MS', '25000'],
    ['KONNECT_TIMEOUT_MS', '600000'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => readServerSettings({ KONNECT_TOKEN: TOKEN, [name]: value }, [], PROJECT)).toThrow(
      new ServerSettingsError(
        `${name} must be a whole number from ${name === 'PORT' ? 0 : 1} to ${name === 'PORT' ? 65_535 : 24_000} (got "${value}").`,
      ),
    )
  })

  it.each(['PORT', 'KONNECT_TIMEOUT_MS'])('never repeats a token pasted into %s', (name) => {
    const read = () => readServerSettings({ KONNECT_TOKEN: TOKEN, [name]: TOKEN }, [], PROJECT)
    expect(read).toThrow(ServerSettingsError)
    expect(read).toThrow(new RegExp(`^${name} must be a whole number`))
    expect(read).not.toThrow(/0123456789/)
  })

  it('never repeats a token pasted into ALLOWED_HOSTS', () => {
    const read = () =>
      readServerSettings(
        { KONNECT_TOKEN: TOKEN, ALLOWED_HOSTS: `console.example.com,https://${TOKEN}` },
        [],
        PROJECT,
      )
    expect(read).toThrow(/^ALLOWED_HOSTS entry .* is not a host name/)
    expect(read).not.toThrow(/0123456789/)
  })

  it('never repeats a token given as an argument', () => {
    expect(() => readServerSettings({}, [`--token=${TOKEN}`], PROJECT)).toThrow(
      /^Unknown argument \(not shown: it looks like a secret\)/,
    )
  })

  it("caps KONNECT_TIMEOUT_MS below the browser's own limit, so the server's 504 comes first", () => {
    expect(MAX_TIMEOUT_MS).toBeLessThan(readAppConfig().requestTimeoutMs)
    expect(
      readServerSettings({ KONNECT_TOKEN: TOKEN, KONNECT_TIMEOUT_MS: '24000' }, [], PROJECT)
        .timeoutMs,
    ).toBe(24_000)
  })

  describe('access', () => {
    const SECRET = 'a test secret that is long enough to seal cookies'

    it('runs sign-in mode without KONNECT_TOKEN, sessions idle for 60 minutes by default', () => {
      const settings = readServerSettings(
        { SESSION_SECRET: SECRET, KONNECT_REGION: 'eu' },
        [],
        PROJECT,
      )
      expect(settings).toMatchObject({
        mode: 'konnect',
        konnect: { apiUrl: 'https://eu.api.konghq.com/v1', label: 'eu' },
        session: { secret: SECRET, idleMinutes: 60, maxHours: 12 },
        warnings: [],
      })
      expect(settings.konnect?.token).toBeUndefined()
    })

    it.each([
      ['15', 15],
      ['0.1', 0.1],
      ['1440', 1440],
    ])('reads SESSION_IDLE_MINUTES=%s', (raw, minutes) => {
      expect(
        readServerSettings({ SESSION_SECRET: SECRET, SESSION_IDLE_MINUTES: raw }, [], PROJECT)
          .session?.idleMinutes,
      ).toBe(minutes)
    })

    it.each(['0', '-5', 'an hour', '1441'])('refuses SESSION_IDLE_MINUTES=%s', (raw) => {
      expect(() =>
        readServerSettings({ SESSION_SECRET: SECRET, SESSION_IDLE_MINUTES: raw }, [], PROJECT),
      ).toThrow(/^SESSION_IDLE_MINUTES must be a number of minutes from 0\.05 to 1440/)
    })

    it.each([
      [undefined, 12],
      ['1', 1],
      ['168', 168],
    ])('reads SESSION_MAX_HOURS=%s', (raw, hours) => {
      expect(
        readServerSettings({ SESSION_SECRET: SECRET, SESSION_MAX_HOURS: raw }, [], PROJECT).session
          ?.maxHours,
      ).toBe(hours)
    })

    it.each(['0', '1.5', 'a day', '169'])('refuses SESSION_MAX_HOURS=%s', (raw) => {
      expect(() =>
        readServerSettings({ SESSION_SECRET: SECRET, SESSION_MAX_HOURS: raw }, [], PROJECT),
      ).toThrow(/^SESSION_MAX_HOURS must be a whole number from 1 to 168/)
    })

    it('refuses sign-in mode without SESSION_SECRET, naming both ways to start', () => {
      const read = () => readServerSettings({}, [], PROJECT)
      expect(read).toThrow(ServerSettingsError)
      expect(read).toThrow(/KONNECT_TOKEN is not set.*SESSION_SECRET.*KONNECT_TOKEN=kpat_.*--demo/)
    })

    it('refuses a SESSION_SECRET shorter than 32 characters, without repeating it', () => {
      const read = () => readServerSettings({ SESSION_SECRET: 'x'.repeat(31) }, [], PROJECT)
      expect(read).toThrow(
        'SESSION_SECRET is too short: it must be at least 32 characters (it has 31)',
      )
      expect(read).not.toThrow(/xxxxx/)
    })

    it('needs no SESSION_SECRET with a shared token or in demo mode', () => {
      expect(readServerSettings({ KONNECT_TOKEN: TOKEN }, [], PROJECT).session).toBeNull()
      expect(readServerSettings({}, ['--demo'], PROJECT).session).toBeNull()
    })

    it.each(['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]'])(
      'shares the token on the loopback HOST %s',
      (host) => {
        expect(
          readServerSettings({ KONNECT_TOKEN: TOKEN, HOST: host }, [], PROJECT).warnings,
        ).toEqual([])
      },
    )

    it.each(['0.0.0.0', '::', '10.0.0.5', 'console.internal'])(
      'refuses to share the token on HOST=%s, naming sign-in mode and ALLOW_SHARED_TOKEN_ON_NETWORK',
      (host) => {
        const read = () => readServerSettings({ KONNECT_TOKEN: TOKEN, HOST: host }, [], PROJECT)
        expect(read).toThrow(ServerSettingsError)
        expect(read).toThrow(/sign-in mode/)
        expect(read).toThrow(/ALLOW_SHARED_TOKEN_ON_NETWORK=1/)
      },
    )

    it('shares the token on the network with ALLOW_SHARED_TOKEN_ON_NETWORK=1, with one warning', () => {
      const settings = readServerSettings(
        { KONNECT_TOKEN: TOKEN, HOST: '0.0.0.0', ALLOW_SHARED_TOKEN_ON_NETWORK: '1' },
        [],
        PROJECT,
      )
      expect(settings.warnings).toHaveLength(1)
      expect(settings.warnings[0]).toMatch(
        /KONNECT_TOKEN is shared with everyone who can reach HOST=0\.0\.0\.0/,
      )
    })

    it('lets sign-in mode listen on the network, warning once that cookies need a TLS proxy in front', () => {
      const settings = readServerSettings({ SESSION_SECRET: SECRET, HOST: '0.0.0.0' }, [], PROJECT)
      expect(settings.session).not.toBeNull()
      expect(settings.warnings).toHaveLength(1)
      expect(settings.warnings[0]).toMatch(
        /^HOST=0\.0\.0\.0 serves sign-in mode over plain http: session cookies.* travel unencrypted unless a TLS-terminating proxy in front serves the console over https/,
      )
    })

    it.each(['127.0.0.1', 'localhost', '::1'])(
      'says nothing about cookies for sign-in mode on the loopback HOST %s',
      (host) => {
        expect(
          readServerSettings({ SESSION_SECRET: SECRET, HOST: host }, [], PROJECT).warnings,
        ).toEqual([])
      },
    )
  })

  it('refuses unknown arguments', () => {
    expect(() => readServerSettings({}, ['--dmeo'], PROJECT)).toThrow(/Unknown argument --dmeo/)
  })
})
