import { describe, expect, it } from 'vitest'
import { isApiPath, routedPath, toUpstreamPath } from './upstream-path.js'

describe('toUpstreamPath', () => {
  it.each([
    ['/api/konnect/event-gateways', '/event-gateways'],
    ['/api/konnect/event-gateways?page[size]=10', '/event-gateways?page[size]=10'],
    [
      '/api/konnect/event-gateways/9f5e1c2a-1111-4a4a-8b8b-123456789abc/backend-clusters',
      '/event-gateways/9f5e1c2a-1111-4a4a-8b8b-123456789abc/backend-clusters',
    ],
    [
      '/api/konnect/event-gateways/gw/backend-clusters?filter[name][contains]=a%20b&page[after]=xyz%3D',
      '/event-gateways/gw/backend-clusters?filter[name][contains]=a%20b&page[after]=xyz%3D',
    ],
    [
      '/api/konnect/event-gateways/gw/backend-clusters/my%20cluster',
      '/event-gateways/gw/backend-clusters/my%20cluster',
    ],
  ])('forwards %s as %s', (browserUrl, upstream) => {
    expect(toUpstreamPath(browserUrl)).toBe(upstream)
  })

  it.each([
    ['the rest of Konnect', '/api/konnect/users'],
    ['the Konnect root', '/api/konnect/'],
    ['a look-alike prefix', '/api/konnect/event-gatewaysX'],
    ['an encoded root name', '/api/konnect/event%2Dgateways'],
    ['other /api paths', '/api/info/event-gateways'],
    ['a dot-dot segment', '/api/konnect/event-gateways/../users'],
    ['a single dot segment', '/api/konnect/event-gateways/./x'],
    ['encoded dot-dot segments', '/api/konnect/event-gateways/%2e%2e/%2e%2e/users'],
    ['upper-case encoded dots', '/api/konnect/event-gateways/%2E%2E/users'],
    ['half-encoded dots', '/api/konnect/event-gateways/.%2e/users'],
    ['a segment starting with two dots', '/api/konnect/event-gateways/..x/users'],
    ['a segment ending in encoded dots', '/api/konnect/event-gateways/x%2E./users'],
    ['an encoded slash', '/api/konnect/event-gateways/x%2F..%2F..%2Fusers'],
    ['an encoded backslash', '/api/konnect/event-gateways/%5c..%5cusers'],
    ['a literal backslash', '/api/konnect/event-gateways/\\..\\users'],
    ['an encoded NUL', '/api/konnect/event-gateways/a%00b'],
    ['malformed percent-encoding', '/api/konnect/event-gateways/%zz'],
    ['invalid UTF-8', '/api/konnect/event-gateways/%c0%ae%c0%ae'],
    ['an empty segment', '/api/konnect/event-gateways//users'],
    ['a trailing slash', '/api/konnect/event-gateways/'],
    ['an absolute URL', '/api/konnect/https://evil.example/v1/event-gateways'],
    ['a protocol-relative host', '/api/konnect//evil.example/event-gateways'],
    ['an absolute-form target', 'http://evil.example/api/konnect/event-gateways'],
    ['a fragment in the query', '/api/konnect/event-gateways?a=1#x'],
    ['a space in the query', '/api/konnect/event-gateways?a=1 2'],
    ['a double-encoded slash', '/api/konnect/event-gateways/gw-1%252f..%252fusers'],
    ['double-encoded dots', '/api/konnect/event-gateways/%252e%252e/users'],
    ['an encoded percent sign', '/api/konnect/event-gateways/gw/backend-clusters/100%25'],
  ])('refuses %s', (_case, browserUrl) => {
    expect(toUpstreamPath(browserUrl)).toBeNull()
  })
})

describe('routedPath', () => {
  it.each([
    ['/api/info', '/api/info'],
    ['/%61pi/info?x=%61', '/api/info'],
    ['/%61%70%69/info#top', '/api/info'],
    // Reserved characters stay encoded, as the router keeps them.
    ['/api/konnect/event-gateways/a%2Fb', '/api/konnect/event-gateways/a%2Fb'],
    ['/api/a%3Fb', '/api/a%3Fb'],
    // An encoded percent sign is decoded once, never twice.
    ['/api/%2561', '/api/%2561'],
  ])('reads %s as the router does: %s', (url, path) => {
    expect(routedPath(url)).toBe(path)
  })

  it('is null for percent-encoding the router cannot decode', () => {
    expect(routedPath('/api/%zz')).toBeNull()
    expect(routedPath('/api/%c0%ae')).toBeNull()
  })
})

describe('isApiPath', () => {
  it.each(['/api', '/api/info', '/api?x', '/%61pi/info', '/%61pi', '/api/%zz'])(
    'counts %s as the API',
    (url) => {
      expect(isApiPath(url)).toBe(true)
    },
  )

  it.each(['/', '/apix', '/assets/api', '/%62pi/info', '//api/info'])(
    'does not count %s as the API',
    (url) => {
      expect(isApiPath(url)).toBe(false)
    },
  )
})
