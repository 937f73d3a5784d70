// Vitest types asymmetric matchers as `any`; these wrappers type them as the value they stand for.
import { expect } from 'vitest'

export const aStringMatching = (pattern: RegExp | string): string =>
  expect.stringMatching(pattern) as string

export const aStringContaining = (text: string): string => expect.stringContaining(text) as string

export const anyString = (): string => expect.any(String) as string

export const TRACE_ID = /^kong:trace:\d+$/
