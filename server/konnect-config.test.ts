import { describe, expect, it } from 'vitest'
import { KonnectConfigError, readKonnectConfig, readKonnectEndpoint } from './konnect-config.js'

const TOKEN = 'kpat_0123456789abcdefghijKLMNOP'

function errorOf(read: () => unknown): KonnectConfigError {
  try {
    read()
  } catch (error) {
    if (error instanceof KonnectConfigError) return error
    throw error
  }
  throw new Error('expected a KonnectConfigError')
}

describe('readKonnectConfig', () => {
  it('means demo (null) when no token is set', () => {
    expect(readKonnectConfig({})).toBeNull()
    expect(readKonnectConfig({ KONNECT_TOKEN: '  ' })).toBeNull()
  })

  it('defaults to the us region', () => {
    expect(readKonnectConfig({ KONNECT_TOKEN: TOKEN })).toEqual({
      token: TOKEN,
      apiUrl: 'https://us.api.konghq.com/v1',
      label: 'us',
    })
  })

  it.each(['us', 'eu', 'au', 'me', 'in', 'sg'])('builds the API URL of region %s', (region) => {
    expect(readKonnectConfig({ KONNECT_TOKEN: TOKEN, KONNECT_REGION: region })?.apiUrl).toBe(
      `https://${region}.api.konghq.com/v1`,
    )
  })

  it('accepts system account tokens and a region in capitals', () => {
    const config = readKonnectConfig({ KONNECT_TOKEN: 'spat_abcdefghij1234', KONNECT_REGION: 'EU' })
    expect(config?.label).toBe('eu')
  })

  it('lets KONNECT_API_URL override the region and labels it with its host', () => {
    const config = readKonnectConfig({
      KONNECT_TOKEN: TOKEN,
      KONNECT_REGION: 'eu',
      KONNECT_API_URL: 'https://konnect.internal.example:8443/v1/',
    })
    expect(config).toMatchObject({
      apiUrl: 'https://konnect.internal.example:8443/v1',
      label: 'konnect.internal.example:8443',
    })
  })

  it('allows plain http only to this machine', () => {
    expect(
      readKonnectConfig({ KONNECT_TOKEN: TOKEN, KONNECT_API_URL: 'http://127.0.0.1:9000/v1' })
        ?.apiUrl,
    ).toBe('http://127.0.0.1:9000/v1')
    expect(() =>
      readKonnectConfig({ KONNECT_TOKEN: TOKEN, KONNECT_API_URL: 'http://konnect.example/v1' }),
    ).toThrow(/https URL ending in \/v1/)
  })

  it.each([
    ['a token of another kind', 'ghp_0123456789abcdefghij'],
    ['a token that is too short', 'kpat_abc12'],
    ['a token with a space in it', 'kpat_0123456789 abcdef'],
    ['a pasted header', `Bearer ${TOKEN}`],
  ])('refuses %s without repeating it', (_case, token) => {
    const error = errorOf(() => readKonnectConfig({ KONNECT_TOKEN: token }))
    expect(error.message).toMatch(/KONNECT_TOKEN .*"kpat_".*"spat_"/)
    expect(error.message).not.toContain(token)
  })

  it('refuses an unknown region and lists the known ones', () => {
    const error = errorOf(() => readKonnectConfig({ KONNECT_TOKEN: TOKEN, KONNECT_REGION: 'mars' }))
    expect(error.message).toBe(
      'KONNECT_REGION "mars" is not a Konnect region; use one of us, eu, au, me, in, sg.',
    )
  })

  it.each([
    ['not a URL', 'eu.api.konghq.com/v1', /not a valid URL/],
    ['without /v1', 'https://eu.api.konghq.com/v2', /ending in \/v1/],
    ['with a query', 'https://eu.api.konghq.com/v1?x=1', /ending in \/v1/],
    ['with a fragment', 'https://eu.api.konghq.com/v1#x', /ending in \/v1/],
    ['of another scheme', 'ftp://eu.api.konghq.com/v1', /https URL/],
    [
      'with credentials',
      'https://user:secret@eu.api.konghq.com/v1',
      /must not contain credentials/,
    ],
  ])('refuses a KONNECT_API_URL %s', (_case, url, message) => {
    const error = errorOf(() => readKonnectConfig({ KONNECT_TOKEN: TOKEN, KONNECT_API_URL: url }))
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain('secret')
    expect(error.message).not.toContain(TOKEN)
  })
})

describe('messages about bad settings', () => {
  it.each([
    ['pasted after /v1', `https://eu.api.konghq.com/v1/${TOKEN}`],
    ['pasted before /v1', `https://eu.api.konghq.com/${TOKEN}/v1`],
    ['pasted as the host', `https://${TOKEN}.example/v1`],
    ['in a query', `https://eu.api.konghq.com/v2?token=${TOKEN}`],
    ['of a plain-http URL', `http://konnect.example/v1/${TOKEN}`],
  ])('never repeat a token pasted into KONNECT_API_URL %s', (_case, url) => {
    const error = errorOf(() => readKonnectConfig({ KONNECT_TOKEN: TOKEN, KONNECT_API_URL: url }))
    expect(error.message).toMatch(/^KONNECT_API_URL /)
    expect(error.message).not.toContain(TOKEN)
    expect(error.message).not.toContain('0123456789')
  })

  it('never repeat a token pasted into KONNECT_REGION', () => {
    const error = errorOf(() => readKonnectConfig({ KONNECT_TOKEN: TOKEN, KONNECT_REGION: TOKEN }))
    expect(error.message).toMatch(/^KONNECT_REGION .* is not a Konnect region/)
    expect(error.message).not.toContain('0123456789')
  })
})

describe('readKonnectEndpoint', () => {
  it('needs no token: in sign-in mode each person brings their own', () => {
    expect(readKonnectEndpoint({ KONNECT_REGION: 'eu' })).toEqual({
      apiUrl: 'https://eu.api.konghq.com/v1',
      label: 'eu',
    })
  })

  it('refuses a bad region or URL all the same', () => {
    expect(() => readKonnectEndpoint({ KONNECT_REGION: 'mars' })).toThrow(KonnectConfigError)
    expect(() => readKonnectEndpoint({ KONNECT_API_URL: 'http://konnect.example/v1' })).toThrow(
      KonnectConfigError,
    )
  })
})
