import DnsOutlined from '@mui/icons-material/DnsOutlined'
import LinkOffOutlined from '@mui/icons-material/LinkOffOutlined'
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined'
import Button from '@mui/material/Button'
import type { ReactNode } from 'react'
import { EmptyState } from '../../../components/empty-state'

// The list's non-table states, each with the one action that gets the person going again.

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

export function NoSearchResults({ query, onClear }: { query: string; onClear: () => void }) {
  return (
    <EmptyState
      icon={<SearchOffOutlined fontSize="large" color="disabled" />}
      title="No backend clusters match this search"
      message={
        <>
          No name contains “{query}”. Names are matched in any letter case; check the spelling or
          search for a shorter part of the name.
        </>
      }
      action={
        <Button variant="outlined" onClick={onClear}>
          Clear search
        </Button>
      }
    />
  )
}

export function PageGone({
  reason,
  onFirstPage,
}: {
  reason: 'past-end' | 'stale-cursor'
  onFirstPage: () => void
}) {
  return (
    <EmptyState
      icon={<LinkOffOutlined fontSize="large" color="disabled" />}
      title={reason === 'past-end' ? 'This page is empty' : 'This page link no longer works'}
      message={
        reason === 'past-end'
          ? 'The backend clusters that were here have been deleted or renamed since the link was made.'
          : 'Konnect did not recognise the page position in the address: the link may be old or edited. Start again from the first page.'
      }
      action={
        <Button variant="outlined" onClick={onFirstPage}>
          Go to first page
        </Button>
      }
    />
  )
}
