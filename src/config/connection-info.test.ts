import { describe, expect, it } from 'vitest'
import { parseConnectionInfo } from './connection-info'

describe('parseConnectionInfo', () => {
  it('reads what the server writes into the page', () => {
    expect(parseConnectionInfo({ mode: 'demo' })).toEqual({ mode: 'demo' })
    const konnect = {
      mode: 'konnect',
      apiUrl: 'https://eu.api.konghq.com/v1',
      access: 'sign-in',
      signedIn: false,
    }
    expect(parseConnectionInfo(konnect)).toEqual(konnect)
  })

  it('refuses a configuration it does not understand', () => {
    const good = { mode: 'konnect', apiUrl: 'https://x/v1', access: 'shared-token', signedIn: true }
    for (const bad of [
      null,
      'konnect',
      { mode: 'other' },
      { ...good, apiUrl: 'not a url' },
      { ...good, access: 'everyone' },
      { ...good, signedIn: 'yes' },
    ]) {
      expect(() => parseConnectionInfo(bad)).toThrow(/configuration/)
    }
  })
})
