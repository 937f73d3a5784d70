import { describe, expect, it } from 'vitest'
import { formatTable } from './text-table'

describe('text table', () => {
  it('pads columns to their widest cell, figures to the right, with a rule under the header', () => {
    const table = formatTable(
      [{ header: 'page' }, { header: 'LCP', align: 'right' }, { header: 'verdict' }],
      [
        ['new', '1.9 s', 'PASS'],
        ['detail', '12.4 s', 'over'],
      ],
    )
    expect(table.split('\n')).toEqual([
      'page       LCP  verdict',
      '------  ------  -------',
      'new      1.9 s  PASS',
      'detail  12.4 s  over',
    ])
  })

  it('refuses a row with the wrong number of cells', () => {
    expect(() => formatTable([{ header: 'a' }, { header: 'b' }], [['1']])).toThrow(
      'Row 1 has 1 cells for 2 columns',
    )
  })
})
