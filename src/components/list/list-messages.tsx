import LinkOffOutlined from '@mui/icons-material/LinkOffOutlined'
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined'
import Button from '@mui/material/Button'
import type { ReactNode } from 'react'
import { EmptyState } from '../empty-state'
import type { ListNoun } from './page-summary'

// A list's non-table states, each with the one action that gets the person going again.

interface NoSearchResultsProps {
  noun: ListNoun
  query: string | undefined
  /** Says what else narrows the list, e.g. "routed to orders-main". */
  filter?: ReactNode
  onClear: () => void
}

export function NoSearchResults({ noun, query, filter, onClear }: NoSearchResultsProps) {
  return (
    <EmptyState
      icon={<SearchOffOutlined fontSize="large" color="disabled" />}
      title={`No ${noun.other} match this ${query === undefined ? 'filter' : 'search'}`}
      message={
        <>
          {query === undefined ? null : <>No name contains “{query}”. </>}
          {filter}
          {query === undefined
            ? null
            : ' Names are matched in any letter case; check the spelling or search for a shorter part of the name.'}
        </>
      }
      action={
        <Button variant="outlined" onClick={onClear}>
          {query === undefined ? 'Clear filter' : 'Clear search'}
        </Button>
      }
    />
  )
}

export function PageGone({
  noun,
  reason,
  onFirstPage,
}: {
  noun: ListNoun
  reason: 'past-end' | 'stale-cursor'
  onFirstPage: () => void
}) {
  return (
    <EmptyState
      icon={<LinkOffOutlined fontSize="large" color="disabled" />}
      title={reason === 'past-end' ? 'This page is empty' : 'This page link no longer works'}
      message={
        reason === 'past-end'
          ? `The ${noun.other} that were here have been deleted or renamed since the link was made.`
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
