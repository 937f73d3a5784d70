import type { IncomingHttpHeaders } from 'node:http'
import { describe, expect, it } from 'vitest'
import { crossSiteRefusal } from './cross-site-request.js'

const HOST = 'console.example.com:8080'
const OWN = `http://${HOST}`

function refusal(method: string, headers: IncomingHttpHeaders, encrypted = false) {
  return crossSiteRefusal({ method, headers: { host: HOST, ...headers }, encrypted })
}

/** What Chromium sends for the console's own fetch() with a JSON body. */
const CONSOLE_WRITE: IncomingHttpHeaders = {
  origin: OWN,
  'sec-fetch-site': 'same-origin',
  'sec-fetch-mode': 'cors',
  'content-type': 'application/json',
  'content-length': '42',
}

describe('crossSiteRefusal: the console itself', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('lets its JSON %s through', (method) => {
    expect(refusal(method, CONSOLE_WRITE)).toBeNull()
  })

  it.each([
    'application/json; charset=utf-8',
    'Application/JSON',
    'application/merge-patch+json',
    'application/problem+json; charset=utf-8',
  ])('accepts the JSON type %s', (type) => {
    expect(refusal('POST', { ...CONSOLE_WRITE, 'content-type': type })).toBeNull()
  })

  it('lets a DELETE without a body or a type through', () => {
    expect(refusal('DELETE', { origin: OWN, 'sec-fetch-site': 'same-origin' })).toBeNull()
  })

  it('lets reads through, including ones typed into the address bar', () => {
    expect(refusal('GET', {})).toBeNull()
    expect(refusal('GET', { 'sec-fetch-site': 'same-origin' })).toBeNull()
    expect(refusal('GET', { 'sec-fetch-site': 'none' })).toBeNull()
    expect(refusal('HEAD', { 'sec-fetch-site': 'none' })).toBeNull()
  })

  it('lets scripts without browser headers write JSON (they hold no one else’s session)', () => {
    expect(
      refusal('POST', { 'content-type': 'application/json', 'content-length': '2' }),
    ).toBeNull()
  })

  it('takes the origin from X-Forwarded-Proto behind a proxy that terminates TLS', () => {
    const headers = {
      ...CONSOLE_WRITE,
      origin: `https://${HOST}`,
      'x-forwarded-proto': 'https',
    }
    expect(refusal('POST', headers)).toBeNull()
    expect(refusal('POST', { ...headers, 'x-forwarded-proto': 'https, http' })).toBeNull()
  })

  it('takes https from a TLS connection', () => {
    expect(refusal('POST', { ...CONSOLE_WRITE, origin: `https://${HOST}` }, true)).toBeNull()
  })

  it('ignores a default port the Origin spells out', () => {
    const headers = { ...CONSOLE_WRITE, origin: 'https://console.example.com:443' }
    expect(
      crossSiteRefusal({
        method: 'POST',
        headers: { ...headers, host: 'console.example.com' },
        encrypted: true,
      }),
    ).toBeNull()
  })
})

describe('crossSiteRefusal: other pages', () => {
  it.each([
    ['a form on another site', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }],
    ['a page on a sibling host', { origin: 'http://other.example.com:8080' }],
    ['another port of this host', { origin: 'http://console.example.com:9090' }],
    ['the other scheme', { origin: `https://${HOST}` }],
    ['an opaque origin', { origin: 'null' }],
    ['a garbled origin', { origin: 'not a url' }],
  ])('refuses a write from %s', (_case, headers: IncomingHttpHeaders) => {
    expect(refusal('POST', { ...CONSOLE_WRITE, ...headers })).toMatch(
      /^Only the console itself may use this API: this request comes from .+, not from http:\/\/console\.example\.com:8080\. Behind a proxy, pass the Host header on unchanged and set X-Forwarded-Proto\.$/,
    )
  })

  it('refuses reads from another origin', () => {
    expect(refusal('GET', { origin: 'https://evil.example' })).toMatch(
      /^Only the console itself may use this API: this request comes from https:\/\/evil\.example/,
    )
  })

  it.each([
    ['POST', 'cross-site'],
    ['DELETE', 'same-site'],
    ['PUT', 'none'],
    ['GET', 'cross-site'],
    ['GET', 'same-site'],
  ])('refuses a %s the browser marks as %s', (method, site) => {
    const headers = { ...CONSOLE_WRITE, 'sec-fetch-site': site }
    delete headers.origin
    expect(refusal(method, headers)).toBe(
      `Only the console itself may use this API: the browser marked this request as ${site}.`,
    )
  })

  it.each([
    'text/plain',
    'text/plain; charset=utf-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
    'application/json, text/plain',
    'text/json',
  ])('refuses a write with a %s body, even without Origin', (type) => {
    expect(
      refusal('POST', {
        'sec-fetch-site': 'same-origin',
        'content-type': type,
        'content-length': '9',
      }),
    ).toBe(`Request bodies must be JSON (Content-Type: application/json), not ${type}.`)
  })

  it('refuses a non-JSON type even on an empty write', () => {
    expect(refusal('DELETE', { 'content-type': 'text/plain', 'content-length': '0' })).toBe(
      'Request bodies must be JSON (Content-Type: application/json), not text/plain.',
    )
  })

  it.each([{ 'content-length': '12' }, { 'transfer-encoding': 'chunked' }])(
    'refuses a body without a type (%j)',
    (headers) => {
      expect(refusal('PATCH', headers)).toBe(
        'Request bodies must be JSON (Content-Type: application/json), not untyped.',
      )
    },
  )
})
