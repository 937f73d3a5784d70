// A plain-text table for the bench scripts' output: columns padded to their widest cell, text
// left-aligned and figures right-aligned, a rule under the header.

export interface Column {
  header: string
  align?: 'left' | 'right'
}

/** The table as lines joined with "\n"; every row must have one cell per column. */
export function formatTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== columns.length) {
      throw new Error(
        `Row ${String(index + 1)} has ${String(row.length)} cells for ${String(columns.length)} columns`,
      )
    }
  }
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? '').length)),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => {
        const width = widths[index] ?? 0
        return columns[index]?.align === 'right' ? cell.padStart(width) : cell.padEnd(width)
      })
      .join('  ')
      .trimEnd()
  return [
    line(columns.map((column) => column.header)),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n')
}
