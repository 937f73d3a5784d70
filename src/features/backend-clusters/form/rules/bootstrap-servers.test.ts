import { describe, expect, it } from 'vitest'
import {
  bootstrapServerProblem,
  isLoopbackServer,
  splitAtLastSeparator,
  splitBootstrapInput,
} from './bootstrap-servers'

describe('bootstrap servers', () => {
  it('splits pasted text on commas, spaces and newlines, dropping empties', () => {
    expect(splitBootstrapInput(' a:9092, b:9092\n\nc:9092\t[::1]:9092 ,,')).toEqual([
      'a:9092',
      'b:9092',
      'c:9092',
      '[::1]:9092',
    ])
    expect(splitBootstrapInput('  \n ')).toEqual([])
  })

  // Option+Space on macOS types a non-breaking space; the field must treat it like any other space.
  it.each([
    ['a:9092,b:90', 'a:9092', 'b:90'],
    ['a:9092 b', 'a:9092', 'b'],
    ['a:9092\u00a0b:9', 'a:9092', 'b:9'],
    ['a:9092\u2003', 'a:9092', ''],
    ['a:9092\tb:9092\u00a0c', 'a:9092\tb:9092', 'c'],
  ])('splits %j into the finished part %j and the half-typed rest %j', (text, done, rest) => {
    expect(splitAtLastSeparator(text)).toEqual({ done, rest })
  })

  it('has nothing finished in text without a separator', () => {
    expect(splitAtLastSeparator('kafka-1:90')).toEqual({ done: '', rest: 'kafka-1:90' })
  })

  it.each([
    'host:9092',
    'kafka-1.example.com:9093',
    '10.0.0.1:1',
    'h:65535',
    '[::1]:9092',
    '[fe80::1]:9093',
    ' padded:1 ',
  ])('accepts %j', (server) => {
    expect(bootstrapServerProblem(server)).toBeNull()
  })

  it.each([
    ['host', 'host has no port; write it as host:port'],
    ['host:x', 'host:x is not host:port'],
    ['host:', 'host: is not host:port'],
    ['ho st:1', 'ho st:1 is not host:port'],
    ['fe80::1:9092', 'fe80::1:9092: put IPv6 addresses in brackets, e.g. [fe80::1]:9092'],
    ['[fe80::zz]:1', '[fe80::zz]:1 is not host:port'],
    ['host:0', 'Port must be 1–65535 in host:0'],
    ['host:65536', 'Port must be 1–65535 in host:65536'],
    ['[::1]:999999', 'Port must be 1–65535 in [::1]:999999'],
  ])('explains what is wrong with %j', (server, problem) => {
    expect(bootstrapServerProblem(server)).toBe(problem)
  })

  it.each([
    ['localhost:9092', true],
    ['LOCALHOST:9092', true],
    ['broker.localhost:9092', true],
    ['127.0.0.1:9092', true],
    ['127.1.2.3:9092', true],
    ['[::1]:9092', true],
    ['[0:0:0:0:0:0:0:1]:9092', true],
    ['kafka:9092', false],
    ['128.0.0.1:9092', false],
    ['[fe80::1]:9093', false],
    ['localhost.example.com:9092', false],
  ])('knows whether %s is a loopback address', (server, loopback) => {
    expect(isLoopbackServer(server)).toBe(loopback)
  })
})
