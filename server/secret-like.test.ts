import { describe, expect, it } from 'vitest'
import { looksSecret, quoteUnlessSecret, showUnlessSecret } from './secret-like.js'

describe('looksSecret', () => {
  it.each([
    'kpat_0123456789abcdefghijKLMNOP',
    'SPAT_abc',
    'https://eu.api.konghq.com/v1/kpat_0123456789abcdef',
    'Bearer abc',
    'ghp_0123456789abcdefghij0123456789',
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
    'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0',
    'x'.repeat(200),
  ])('is true for %s', (value) => {
    expect(looksSecret(value)).toBe(true)
  })

  it.each([
    'mars',
    'eu',
    'https://eu.api.konghq.com/v2',
    'https://konnect.internal.example:8443/v1',
    'console.example.com/app',
    'eighty',
    '70000',
    '0.0.0.0',
    'https://console.example.com',
    '--dmeo',
  ])('is false for %s', (value) => {
    expect(looksSecret(value)).toBe(false)
  })
})

describe('quoteUnlessSecret', () => {
  it('quotes a harmless value and leaves a secret-like one out', () => {
    expect(quoteUnlessSecret('mars')).toBe('"mars"')
    expect(quoteUnlessSecret('kpat_0123456789abcdef')).toBe('(not shown: it looks like a secret)')
    expect(showUnlessSecret('--dmeo')).toBe('--dmeo')
    expect(showUnlessSecret('--token=kpat_0123456789abcdef')).toBe(
      '(not shown: it looks like a secret)',
    )
  })
})
