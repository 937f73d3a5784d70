import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DNS_LABEL_PATTERN, dnsLabelIssues, fitDnsLabel, suggestDnsLabel } from './dns-label-rules'

describe('suggestDnsLabel', () => {
  it.each([
    ['payments-public', 'payments-public'],
    ['Payments Public', 'payments-public'],
    ['  Orders: EU / Partners  ', 'orders-eu-partners'],
    ['Café Crème', 'cafe-creme'],
    ['team_a.b+c', 'team-a-b-c'],
    ['--x--', 'x'],
    ['漢字', ''],
    ['', ''],
  ])('suggests %j for %j', (name, label) => {
    expect(suggestDnsLabel(name)).toBe(label)
  })

  it('keeps to 63 characters and never ends on a dash', () => {
    expect(suggestDnsLabel(`${'a'.repeat(62)} b`)).toBe('a'.repeat(62))
    expect(suggestDnsLabel('b'.repeat(80))).toHaveLength(63)
  })

  it('always suggests a valid label or nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 90 }), (name) => {
        const label = suggestDnsLabel(name)
        expect(label === '' || DNS_LABEL_PATTERN.test(label)).toBe(true)
        expect(label.length).toBeLessThanOrEqual(63)
      }),
    )
  })
})

describe('fitDnsLabel', () => {
  it('cuts to the limit and drops the dashes left at the end', () => {
    expect(fitDnsLabel('abc-def', 4)).toBe('abc')
    expect(fitDnsLabel('abc-def', 10)).toBe('abc-def')
  })
})

describe('dnsLabelIssues', () => {
  it.each([
    ['', 'Enter a DNS label'],
    ['  ', 'Enter a DNS label'],
    ['Payments', 'Use lowercase letters, digits and -, starting and ending with a letter or digit'],
    ['-a', 'Use lowercase letters, digits and -, starting and ending with a letter or digit'],
    ['a_b', 'Use lowercase letters, digits and -, starting and ending with a letter or digit'],
    ['a'.repeat(64), 'At most 63 characters'],
  ])('rejects %j', (label, message) => {
    expect(dnsLabelIssues(label).map((found) => found.message)).toEqual([message])
  })

  it.each(['a', '0', 'vcluster-1', 'a'.repeat(63), ' padded '])('accepts %j', (label) => {
    expect(dnsLabelIssues(label)).toEqual([])
  })
})
