import Tooltip from '@mui/material/Tooltip'
import { describeRelativeTime, formatExactTime } from './time-format'

/** A relative time; the exact one on hover, and spoken after it for screen readers. */
export function RelativeTime({ iso }: { iso: string }) {
  const exactTime = formatExactTime(iso)
  return (
    <Tooltip title={exactTime} describeChild>
      <time dateTime={iso}>
        {describeRelativeTime(iso)}
        <span className="visually-hidden"> ({exactTime})</span>
      </time>
    </Tooltip>
  )
}
