// The DNS label: the spec's RFC 1035 rule (1–63 lowercase letters, digits and `-`, starting and
// ending with a letter or digit), and the label the form suggests from a name.
import { uniqueCopy } from '../../../../components/form/unique-copy-name'
import { issue } from './form-rule-issue'
import type { FormRuleIssue } from './form-rule-issue'

export const DNS_LABEL_MAX_LENGTH = 63
/** The spec's VirtualClusterDNSLabel pattern. */
export const DNS_LABEL_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/

export const DNS_LABEL_HINT =
  'Lowercase letters, digits and -, starting and ending with a letter or digit'

export function dnsLabelIssues(typed: string): FormRuleIssue[] {
  const label = typed.trim()
  const path = ['dnsLabel']
  if (label === '') return [issue(path, 'dns-label-required', 'Enter a DNS label')]
  if (label.length > DNS_LABEL_MAX_LENGTH) {
    return [issue(path, 'dns-label-too-long', `At most ${DNS_LABEL_MAX_LENGTH} characters`)]
  }
  if (!DNS_LABEL_PATTERN.test(label)) {
    return [issue(path, 'dns-label-pattern', `Use ${DNS_LABEL_HINT.toLowerCase()}`)]
  }
  return []
}

/** Cuts `label` to `max` characters without leaving a `-` at its end. */
export function fitDnsLabel(label: string, max = DNS_LABEL_MAX_LENGTH): string {
  return label.slice(0, max).replace(/-+$/, '')
}

/**
 * A DNS label for a name: accents dropped (é → e), lowercase, every run of other characters one
 * `-`, no `-` at either end, at most 63 characters. '' when the name has no letter or digit to use.
 */
export function suggestDnsLabel(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
  return fitDnsLabel(ascii)
}

/** A DNS label not in `taken`: `<label>-copy`, `-copy-2`… within 63 characters. */
export function uniqueCopyDnsLabel(label: string, taken: readonly string[]): string {
  return uniqueCopy(label, taken, {
    maxLength: DNS_LABEL_MAX_LENGTH,
    fit: fitDnsLabel,
    ignoreCase: false,
  })
}
