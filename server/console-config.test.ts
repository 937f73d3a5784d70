import { describe, expect, it } from 'vitest'
import { consoleConfigScript, withConsoleConfig } from './console-config.js'

describe('consoleConfigScript', () => {
  it('is a JSON data block the page can read', () => {
    expect(consoleConfigScript({ mode: 'demo' })).toBe(
      '<script id="console-config" type="application/json">{"mode":"demo"}</script>',
    )
  })

  it('escapes < so nothing in the data can close the element or open a comment', () => {
    const script = consoleConfigScript({
      mode: 'konnect',
      apiUrl: 'https://konnect.example/</script><script>alert(1)</script><!--/v1',
      access: 'sign-in',
      signedIn: false,
    })
    const inner = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'))
    expect(inner).not.toContain('<')
    expect(JSON.parse(inner)).toMatchObject({
      apiUrl: 'https://konnect.example/</script><script>alert(1)</script><!--/v1',
    })
  })
})

describe('withConsoleConfig', () => {
  it('puts the script right before </head>', () => {
    expect(
      withConsoleConfig('<html><head><title>x</title></head><body></body></html>', {
        mode: 'demo',
      }),
    ).toBe(
      '<html><head><title>x</title><script id="console-config" type="application/json">{"mode":"demo"}</script></head><body></body></html>',
    )
  })

  it('refuses HTML without </head>', () => {
    expect(() => withConsoleConfig('<p>no head</p>', { mode: 'demo' })).toThrow('no </head>')
  })
})
