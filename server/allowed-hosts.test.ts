import { describe, expect, it } from 'vitest'
import {
  AllowedHostsError,
  hostRefusal,
  LOCAL_HOSTS_ONLY,
  parseAllowedHosts,
  type AllowedHosts,
} from './allowed-hosts.js'

function names(...list: string[]): AllowedHosts {
  return { any: false, names: new Set(list) }
}

describe('parseAllowedHosts', () => {
  it.each([undefined, '', '  ', ',,'])('allows only IP addresses and localhost for %j', (raw) => {
    expect(parseAllowedHosts(raw)).toEqual(LOCAL_HOSTS_ONLY)
  })

  it('reads comma-separated names, lower-cased, without ports or a final dot', () => {
    expect(parseAllowedHosts('Console.Example.com:443 , ops_console,intranet.example.')).toEqual(
      names('console.example.com', 'ops_console', 'intranet.example'),
    )
  })

  it('accepts IP addresses, which are allowed anyway', () => {
    expect(parseAllowedHosts('10.0.0.5, 10.0.0.6:8080, [fd00::1]:8080, fd00::2, app')).toEqual(
      names('app'),
    )
  })

  it('reads * as any name', () => {
    expect(parseAllowedHosts('console.example.com, *')).toEqual({ any: true })
  })

  it.each([
    'https://console.example.com',
    'console.example.com/',
    'console example.com',
    'console.example.com:https',
    '*.example.com',
    '-console.example.com',
    'console..example.com',
    '[fd00::1',
    '[not-an-ip]',
    `${'a'.repeat(64)}.example.com`,
  ])('refuses %s, naming it', (entry) => {
    expect(() => parseAllowedHosts(`ok.example.com,${entry}`)).toThrow(AllowedHostsError)
    expect(() => parseAllowedHosts(entry)).toThrow(
      `ALLOWED_HOSTS entry "${entry}" is not a host name`,
    )
  })
})

describe('hostRefusal', () => {
  it.each([
    '127.0.0.1',
    '127.0.0.1:8080',
    '10.1.2.3:443',
    '[::1]',
    '[::1]:8080',
    '[fd00::1]:5173',
    'localhost',
    'localhost:5173',
    'LOCALHOST:5173',
    'localhost.:5173',
  ])('allows %s without ALLOWED_HOSTS', (host) => {
    expect(hostRefusal(host, LOCAL_HOSTS_ONLY)).toBeNull()
  })

  it.each(['console.example.com', 'console.example.com:8443', 'Console.Example.COM.'])(
    'allows the listed name as %s',
    (host) => {
      expect(hostRefusal(host, names('console.example.com'))).toBeNull()
    },
  )

  it.each([
    ['evil.example', LOCAL_HOSTS_ONLY],
    ['evil.example:8080', names('console.example.com')],
    ['console.example.com.evil.example', names('console.example.com')],
    ['example.com', names('console.example.com')],
    ['sub.localhost', LOCAL_HOSTS_ONLY],
  ])('refuses %s and says to set ALLOWED_HOSTS', (host, allowed) => {
    const name = host.replace(/:\d+$/, '')
    expect(hostRefusal(host, allowed)).toBe(
      `This server does not answer to the name "${name}". If that is the name people use to open the console, add it to ALLOWED_HOSTS (comma-separated) where the server is started.`,
    )
  })

  it.each(['', 'a b', '::1', '[::1', '[::1]x', 'host:port', '1.2.3.4:80:80', 'évil.example'])(
    'refuses the malformed Host %j',
    (host) => {
      expect(hostRefusal(host, names('console.example.com'))).toMatch(
        /^The (request has no Host header|Host header is not a host name)\.$/,
      )
    },
  )

  it('refuses a request without a Host header', () => {
    expect(hostRefusal(undefined, LOCAL_HOSTS_ONLY)).toBe('The request has no Host header.')
  })

  it('allows any Host with ALLOWED_HOSTS=*', () => {
    expect(hostRefusal('evil.example', { any: true })).toBeNull()
    expect(hostRefusal(undefined, { any: true })).toBeNull()
  })
})
