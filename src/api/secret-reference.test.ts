import { describe, expect, it } from 'vitest'
import { isSecretReference, secretExpressionProblem } from './secret-reference'

describe('secret references', () => {
  it.each([
    "${vault.env['KAFKA_PASSWORD']}",
    '${vault.env["KAFKA_PASSWORD"]}',
    "${vault.env['_x1']}",
  ])('reads %j as a vault reference', (value) => {
    expect(isSecretReference(value)).toBe(true)
    expect(secretExpressionProblem(value)).toBeUndefined()
  })

  it.each(['', 'plain', 'pa$$word', '{vault}', '$vault}', "vault.env['X']"])(
    'reads %j as a literal value',
    (value) => {
      expect(isSecretReference(value)).toBe(false)
      expect(secretExpressionProblem(value)).toBeUndefined()
    },
  )

  it.each([
    '${}',
    '${ }',
    '${x}',
    '${vault.aws.prod/kafka}',
    "${vault.env['X']",
    "x${vault.env['X']}",
    "${vault.env['X']} ",
    "${vault.env['1X']}",
    '${vault.env[\'X"]}',
    '${context.topic.name}',
  ])('refuses %j: only vault references are allowed', (value) => {
    expect(isSecretReference(value)).toBe(false)
    expect(secretExpressionProblem(value)).toMatch(/Only vault references/)
  })

  it.each([
    ["${env['MY_SECRET']}", "${vault.env['MY_SECRET']}"],
    ['${env["MY_SECRET"]}', "${vault.env['MY_SECRET']}"],
    ['${env.MY_SECRET}', "${vault.env['MY_SECRET']}"],
  ])('explains the vault form for %j', (value, suggestion) => {
    expect(secretExpressionProblem(value)).toContain(suggestion)
  })
})
