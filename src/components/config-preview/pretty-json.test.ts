import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { prettyJson } from './pretty-json'

describe('prettyJson', () => {
  it('matches JSON.stringify(value, null, 2) without options', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(prettyJson(value)).toBe(JSON.stringify(value, null, 2))
      }),
      { numRuns: 300 },
    )
  })

  it('escapes every string token and replaces values by path', () => {
    const text = prettyJson(
      { a: 'x', b: { secret: 's', list: ['y'] } },
      {
        escape: (quoted) => quoted.toUpperCase(),
        replace: (path) => (path.join('.') === 'b.secret' ? '$SECRET' : undefined),
      },
    )
    expect(text).toBe(
      '{\n  "A": "X",\n  "B": {\n    "SECRET": $SECRET,\n    "LIST": [\n      "Y"\n    ]\n  }\n}',
    )
  })
})
