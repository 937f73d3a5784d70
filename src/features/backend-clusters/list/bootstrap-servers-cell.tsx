import { CELL } from '../../../components/list/table-styles'
import { MoreItemsButton } from '../../../components/list/more-items-button'

/** The first bootstrap server (up to two lines), then "+N" for the rest. */
export function BootstrapServersCell({ servers }: { servers: readonly string[] }) {
  const [first, ...rest] = servers
  return (
    <div className={CELL.inline} style={{ flexWrap: 'nowrap' }}>
      <span className={CELL.mono} title={first}>
        {first ?? '—'}
      </span>
      {rest.length > 0 ? <MoreItemsButton items={rest} noun="bootstrap servers" /> : null}
    </div>
  )
}
