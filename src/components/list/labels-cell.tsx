import type { Labels } from '../../api/api-types'
import { CELL } from './table-styles'
import { MoreItemsButton } from './more-items-button'

/** Two chips, then "+N" for the rest. */
const SHOWN_LABELS = 2

export function LabelsCell({ labels }: { labels: Labels | undefined }) {
  const texts = Object.entries(labels ?? {}).map(([key, value]) => `${key}: ${value}`)
  if (texts.length === 0) {
    return (
      <span className={CELL.muted}>
        <span aria-hidden>—</span>
        <span className="visually-hidden">None</span>
      </span>
    )
  }
  const rest = texts.slice(SHOWN_LABELS)
  // Chips wrap to a second line rather than shrink to "e…"; a chip wider than the column
  // shortens (full text on hover and for screen readers).
  return (
    <div className={CELL.inline}>
      {texts.slice(0, SHOWN_LABELS).map((text) => (
        <span key={text} className={CELL.chip} title={text}>
          {text}
        </span>
      ))}
      {rest.length > 0 ? <MoreItemsButton items={rest} noun="labels" /> : null}
    </div>
  )
}
