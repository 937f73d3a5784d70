import DnsOutlined from '@mui/icons-material/DnsOutlined'
import type { ReactNode } from 'react'
import { EmptyState } from '../../../components/empty-state'

// The empty gateway's message; the other list states are shared (components/list/list-messages).

export function NoClustersYet({ newButton }: { newButton: ReactNode }) {
  return (
    <EmptyState
      icon={<DnsOutlined fontSize="large" color="disabled" />}
      title="No backend clusters yet"
      message="A backend cluster tells the gateway how to reach a real Kafka cluster: its bootstrap servers, authentication and TLS."
      action={newButton}
    />
  )
}
