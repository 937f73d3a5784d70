import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined'
import Tooltip from '@mui/material/Tooltip'
import type { BackendClusterTls } from '../../../api/api-types'
import { CELL } from '../../../components/list/table-styles'

/** On or off; "unverified" in warning colours when certificates are not checked. */
export function TlsCell({ tls }: { tls: BackendClusterTls }) {
  if (!tls.enabled) return <span className={CELL.muted}>Off</span>
  if (!tls.insecure_skip_verify) return <>On</>
  return (
    <Tooltip
      describeChild
      title="TLS is on, but the gateway does not verify the cluster’s certificates (insecure_skip_verify)."
    >
      <div>
        <span className={CELL.inline}>
          On
          <WarningAmberOutlined fontSize="inherit" aria-hidden className={CELL.warning} />
        </span>
        <span className={`${CELL.caption} ${CELL.warning}`}>
          unverified
          <span className="visually-hidden"> (certificate verification is skipped)</span>
        </span>
      </div>
    </Tooltip>
  )
}
