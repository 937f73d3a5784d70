import AddIcon from '@mui/icons-material/Add'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useCallback, useRef, useState } from 'react'
import type { BackendCluster } from '../../../api/api-types'
import { pageCursors } from '../../../api/page-cursor'
import { COPY_UNAVAILABLE_HINT, copyText } from '../../../components/clipboard'
import { ErrorState } from '../../../components/error-state'
import { useNotify } from '../../../components/notifications'
import { PageContainer } from '../../../components/page-container'
import { RouterButton, RouterLink } from '../../../components/router-link'
import { eventGatewayQueries } from '../../event-gateways/api/event-gateway-queries'
import { usePendingDeletions } from '../api/backend-cluster-mutations'
import { backendClusterQueries } from '../api/backend-cluster-queries'
import { DeleteBackendClusterDialog } from '../delete/delete-backend-cluster-dialog'
import { BackendClusterTable } from '../list/backend-cluster-table'
import { ClusterActionsMenu, type OpenClusterActions } from '../list/cluster-actions-menu'
import { ClusterListPagination } from '../list/cluster-list-pagination'
import { NoClustersYet, NoSearchResults, PageGone } from '../list/cluster-list-messages'
import { clusterListView } from '../list/cluster-list-view'
import { ClusterSearchField } from '../list/cluster-search-field'
import { pageSummary, resultsAnnouncement } from '../list/page-summary'
import { recallPreviousPage, rememberPreviousPage } from '../list/previous-page-memory'
import { previousPageTarget } from '../list/previous-page-target'
import { useSearchText } from '../list/use-search-text'
import {
  DEFAULT_PAGE_SIZE,
  listParamsFromSearch,
  type BackendClusterListSearch,
  type PageSize,
} from './backend-cluster-list-search'

const route = getRouteApi('/event-gateways/$gatewayId/backend-clusters')

type ClusterRef = Pick<BackendCluster, 'id' | 'name'>

export function BackendClusterListPage() {
  const { gatewayId } = route.useParams()
  // Another gateway is another list: start it fresh, without the previous gateway's rows.
  return <BackendClusterList key={gatewayId} gatewayId={gatewayId} />
}

function BackendClusterList({ gatewayId }: { gatewayId: string }) {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const notify = useNotify()
  const { data: gateway } = useSuspenseQuery(eventGatewayQueries.detail(gatewayId))
  const size = search.size ?? DEFAULT_PAGE_SIZE
  // Not suspense: while a search or page loads, the previous rows stay (placeholder data), the
  // search box keeps focus and every keystroke, and errors show in place of the table.
  const listQuery = useQuery(backendClusterQueries.list(gatewayId, listParamsFromSearch(search)))
  const pendingDeletions = usePendingDeletions(gatewayId)
  const view = clusterListView(listQuery, search, pendingDeletions)
  const cursors = pageCursors(listQuery.data?.meta?.page)

  const searchInputRef = useRef<HTMLInputElement>(null)
  const tableContainerRef = useRef<HTMLDivElement>(null)

  const go = (patch: Partial<BackendClusterListSearch>, options: { replace?: boolean } = {}) =>
    void navigate({
      search: (previous) => ({ ...previous, ...patch }),
      replace: options.replace,
      // Typing keeps the page where it is; paging brings the list's top into view.
      resetScroll: !options.replace,
    })

  const searchText = useSearchText(search.q, (q) => go({ q, after: undefined }, { replace: true }))
  const clearSearch = () => {
    searchText.clear()
    searchInputRef.current?.focus()
  }

  const pageAddress = (after: string) => ({ gatewayId, q: search.q, size, after })
  const goToNextPage = () => {
    if (cursors.next === undefined) return
    rememberPreviousPage(pageAddress(cursors.next), search.after)
    go({ after: cursors.next })
  }
  const goToPreviousPage = () => {
    const recalled =
      search.after === undefined
        ? { found: false as const }
        : recallPreviousPage(pageAddress(search.after))
    // While the page loads, the links on screen are the previous page's: only the notes can tell.
    const meta = listQuery.isPlaceholderData ? undefined : listQuery.data?.meta?.page
    const target = previousPageTarget(search.after, meta, recalled)
    if (target.kind === 'page') go({ after: target.after })
  }
  const goToFirstPage = () => go({ after: undefined })
  const changeSize = (next: PageSize) =>
    go({ size: next === DEFAULT_PAGE_SIZE ? undefined : next, after: undefined })

  // `session` remounts the menu on each opening, so it always starts on its first item (even when
  // reopened while the last one is still fading out).
  const [actions, setActions] = useState<{
    target: OpenClusterActions | null
    open: boolean
    session: number
  }>({ target: null, open: false, session: 0 })
  const [deleting, setDeleting] = useState<{ cluster: ClusterRef; trigger: HTMLElement } | null>(
    null,
  )
  const openActions = useCallback((anchor: HTMLElement, cluster: BackendCluster) => {
    setActions((current) => ({
      target: { anchor, cluster: { id: cluster.id, name: cluster.name } },
      open: true,
      session: current.session + 1,
    }))
  }, [])
  const closeActions = () => setActions((current) => ({ ...current, open: false }))
  const copyId = async (cluster: ClusterRef) => {
    closeActions()
    if ((await copyText(cluster.id)) === 'copied') notify(`Copied the ID of ${cluster.name}`)
    else notify(`${COPY_UNAVAILABLE_HINT} The ID is shown on the cluster's page.`, 'warning')
  }
  const deleted = useRef(false)
  const startDelete = (cluster: ClusterRef) => {
    const trigger = actions.target?.anchor
    closeActions()
    deleted.current = false
    if (trigger) setDeleting({ cluster, trigger })
  }
  const endDelete = () => {
    const trigger = deleting?.trigger
    setDeleting(null)
    // After the dialog's own focus handling: back to the row's button, or to the table when the
    // row is going away.
    requestAnimationFrame(() => {
      if (!deleted.current && trigger?.isConnected) trigger.focus()
      else tableContainerRef.current?.focus()
    })
  }

  const newButton = (
    <RouterButton
      to="/event-gateways/$gatewayId/backend-clusters/new"
      params={{ gatewayId }}
      variant="contained"
      startIcon={<AddIcon />}
    >
      New backend cluster
    </RouterButton>
  )

  const isFirstPage = search.after === undefined
  const hasNextPage = cursors.next !== undefined
  const rows = view.kind === 'rows' ? view.clusters : null
  const refreshing = view.kind === 'rows' && view.refreshing

  let content
  switch (view.kind) {
    case 'empty':
      content = <NoClustersYet newButton={newButton} />
      break
    case 'no-results':
      content = <NoSearchResults query={search.q ?? ''} onClear={clearSearch} />
      break
    case 'past-end':
    case 'stale-cursor':
      content = <PageGone reason={view.kind} onFirstPage={goToFirstPage} />
      break
    case 'error':
      content = <ErrorState error={view.error} onRetry={() => void listQuery.refetch()} />
      break
    case 'loading':
    case 'rows':
      content = (
        <BackendClusterTable
          gatewayId={gatewayId}
          clusters={rows}
          pageSize={size}
          refreshing={refreshing}
          menuClusterId={actions.open ? actions.target?.cluster.id : undefined}
          onOpenActions={openActions}
          containerRef={tableContainerRef}
          footer={
            rows ? (
              <ClusterListPagination
                size={size}
                onSizeChange={changeSize}
                summary={pageSummary(rows.length, isFirstPage, hasNextPage)}
                canGoBack={!isFirstPage}
                canGoForward={hasNextPage && !refreshing}
                onFirst={goToFirstPage}
                onPrevious={goToPreviousPage}
                onNext={goToNextPage}
              />
            ) : null
          }
        />
      )
      break
  }

  const showSearch = view.kind !== 'empty' || searchText.text !== ''

  return (
    <PageContainer
      title="Backend Clusters"
      subtitle={`Kafka clusters that ${gateway.name} proxies.`}
      breadcrumbs={[
        <RouterLink key="gateways" to="/event-gateways" underline="hover" color="inherit">
          Event Gateways
        </RouterLink>,
        <Typography key="gateway" color="text.primary">
          {gateway.name}
        </Typography>,
      ]}
      actions={view.kind === 'empty' ? undefined : newButton}
    >
      {showSearch ? (
        <Stack direction="row" sx={{ mb: 2 }}>
          <ClusterSearchField
            value={searchText.text}
            onChange={searchText.onTextChange}
            inputRef={searchInputRef}
          />
        </Stack>
      ) : null}
      {content}
      <Box role="status" className="visually-hidden">
        {view.kind === 'rows' && !view.refreshing
          ? resultsAnnouncement(rows?.length ?? 0, isFirstPage, hasNextPage, search.q)
          : view.kind === 'no-results'
            ? `No backend clusters match “${search.q ?? ''}”`
            : ''}
      </Box>
      <ClusterActionsMenu
        key={actions.session}
        gatewayId={gatewayId}
        target={actions.target}
        open={actions.open}
        onClose={closeActions}
        onCopyId={(cluster) => void copyId(cluster)}
        onDelete={startDelete}
      />
      <DeleteBackendClusterDialog
        gatewayId={gatewayId}
        cluster={deleting?.cluster ?? null}
        onClose={endDelete}
        onDeleted={() => {
          deleted.current = true
        }}
      />
    </PageContainer>
  )
}
