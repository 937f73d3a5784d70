import { describe, expect, it } from 'vitest'
import { isSecretReference } from './secret-reference'

describe('isSecretReference', () => {
  it.each([
    "${vault.env['KAFKA_PASSWORD']}",
    '${vault.aws.prod/kafka}',
    '${x}',
    '${\nvault.env.A\n}',
  ])('reads %j as a reference', (value) => {
    expect(isSecretReference(value)).toBe(true)
  })

  it.each([
    '',
    'plain',
    '${}',
    '${ }',
    "${vault.env['X']",
    "x${vault.env['X']}",
    "${vault.env['X']} ",
    '{vault}',
    '$vault}',
  ])('reads %j as a plain value', (value) => {
    expect(isSecretReference(value)).toBe(false)
  })
})
