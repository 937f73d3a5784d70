import { describe, expect, it } from 'vitest'
import { anonymousUsersMessage } from './anonymous-users-warning'
import { describeInterval, describeIntervalInSeconds } from './interval-hint'
import { isRuntimeAtLeast, MTLS_MIN_RUNTIME } from '../../../../api/runtime-version'
import {
  isSecretReference,
  isValidEnvVariableName,
  vaultEnvReference,
} from '../../../../components/form/vault-reference'

describe('describeInterval', () => {
  it.each([
    [45, '45 seconds'],
    [1, '1 second'],
    [60, '1 minute'],
    [90, '1 minute 30 seconds'],
    [5400, '1 hour 30 minutes'],
    [3661, '1 hour 1 minute 1 second'],
    [43200, '12 hours'],
    [0, '0 seconds'],
    [Number.NaN, '0 seconds'],
  ])('reads %d seconds as %s', (seconds, text) => {
    expect(describeInterval(seconds)).toBe(text)
  })
})

describe('describeIntervalInSeconds', () => {
  it.each([
    [30, '30 seconds'],
    [1, '1 second'],
    [90, '90 seconds (1 minute 30 seconds)'],
    [3600, '3600 seconds (1 hour)'],
  ])('shows %d seconds as %s, spelled out only when that adds something', (seconds, text) => {
    expect(describeIntervalInSeconds(seconds)).toBe(text)
  })
})

describe('isRuntimeAtLeast', () => {
  it.each([
    ['1.1', true],
    ['1.1.0', true],
    ['v1.2.3', true],
    ['1.10', true],
    ['2.0', true],
    ['1.0.9', false],
    ['0.9', false],
    ['', false],
    ['latest', false],
  ])('compares %j with 1.1', (version, atLeast) => {
    expect(isRuntimeAtLeast(version, MTLS_MIN_RUNTIME)).toBe(atLeast)
  })

  it('compares minor versions as numbers', () => {
    expect(isRuntimeAtLeast('1.9', '1.10')).toBe(false)
  })
})

describe('secret references', () => {
  it('recognizes template expressions only, as the API module does', () => {
    expect(isSecretReference("${vault.env['X']}")).toBe(true)
    expect(isSecretReference("${vault.env['X']")).toBe(false)
    expect(isSecretReference("x${vault.env['X']}")).toBe(false)
    expect(isSecretReference('plain')).toBe(false)
    expect(isSecretReference('${}')).toBe(false)
  })

  it('builds an environment reference', () => {
    expect(vaultEnvReference('KAFKA_PASSWORD')).toBe("${vault.env['KAFKA_PASSWORD']}")
  })

  it.each([
    ['KAFKA_PASSWORD', true],
    ['_x1', true],
    ['1ABC', false],
    ['A-B', false],
    ["A']}", false],
    ['', false],
  ])('checks %j as an environment variable name', (name, valid) => {
    expect(isValidEnvVariableName(name)).toBe(valid)
  })
})

describe('anonymousUsersMessage', () => {
  it('counts and names the anonymous virtual clusters, as "at least" when more pages exist', () => {
    expect(anonymousUsersMessage(['a', 'b'], false)).toMatch(
      /^2 virtual clusters with anonymous authentication route to this backend cluster: a, b\./,
    )
    expect(anonymousUsersMessage(['a'], true)).toMatch(/^At least 1 virtual clusters with/)
  })
})
