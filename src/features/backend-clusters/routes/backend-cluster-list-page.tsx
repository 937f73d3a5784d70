import AddIcon from '@mui/icons-material/Add'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useCallback, useRef, useState } from 'react'
import type { BackendCluster } from '../../../api/api-types'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'
import { eventGatewayQueries } from '../../../api/queries/event-gateway-queries'
import { COPY_UNAVAILABLE_HINT, copyText } from '../../../components/clipboard'
import { ErrorState } from '../../../components/error-state'
import { ListPagination } from '../../../components/list/list-pagination'
import { NoSearchResults, PageGone } from '../../../components/list/list-messages'
import { listParamsFromSearch } from '../../../components/list/list-search'
import { SearchField } from '../../../components/list/search-field'
import { useCursorList } from '../../../components/list/use-cursor-list'
import { useNotify } from '../../../components/notifications'
import { PageContainer } from '../../../components/page-container'
import { RouterButton, RouterLink } from '../../../components/router-link'
import { usePendingDeletions } from '../api/backend-cluster-mutations'
import { DeleteBackendClusterDialog } from '../delete/delete-backend-cluster-dialog'
import { BackendClusterTable } from '../list/backend-cluster-table'
import { ClusterActionsMenu, type OpenClusterActions } from '../list/cluster-actions-menu'
import { NoClustersYet } from '../list/cluster-list-messages'

const route = getRouteApi('/event-gateways/$gatewayId/backend-clusters')

type ClusterRef = Pick<BackendCluster, 'id' | 'name'>

export function BackendClusterListPage() {
  const { gatewayId } = route.useParams()
  // Another gateway is another list: start it fresh, without the previous gateway's rows.
  return <BackendClusterList key={gatewayId} gatewayId={gatewayId} />
}

const NOUN = { one: 'backend cluster', other: 'backend clusters' }

function BackendClusterList({ gatewayId }: { gatewayId: string }) {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const notify = useNotify()
  const { data: gateway } = useSuspenseQuery(eventGatewayQueries.detail(gatewayId))
  // Not suspense: while a search or page loads, the previous rows stay (placeholder data), the
  // search box keeps focus and every keystroke, and errors show in place of the table.
  const listQuery = useQuery(backendClusterQueries.list(gatewayId, listParamsFromSearch(search)))
  const list = useCursorList({
    listKey: `backend-clusters/${gatewayId}`,
    noun: NOUN,
    search,
    query: listQuery,
    pendingDeletions: usePendingDeletions(gatewayId),
    update: (patch, options = {}) =>
      void navigate({
        search: (previous) => ({ ...previous, ...patch }),
        replace: options.replace,
        // Typing keeps the page where it is; paging brings the list's top into view.
        resetScroll: !options.replace,
      }),
  })
  const { view, rows } = list
  const tableContainerRef = useRef<HTMLDivElement>(null)

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

  let content
  switch (view.kind) {
    case 'empty':
      content = <NoClustersYet newButton={newButton} />
      break
    case 'no-results':
      content = <NoSearchResults noun={NOUN} query={search.q} onClear={list.clearSearch} />
      break
    case 'past-end':
    case 'stale-cursor':
      content = <PageGone noun={NOUN} reason={view.kind} onFirstPage={list.goToFirstPage} />
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
          pageSize={list.size}
          refreshing={list.refreshing}
          menuClusterId={actions.open ? actions.target?.cluster.id : undefined}
          onOpenActions={openActions}
          containerRef={tableContainerRef}
          footer={rows ? <ListPagination {...list.pagination} /> : null}
        />
      )
      break
  }

  const showSearch = view.kind !== 'empty' || list.searchText.text !== ''

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
          <SearchField
            value={list.searchText.text}
            onChange={list.searchText.onTextChange}
            inputRef={list.searchInputRef}
          />
        </Stack>
      ) : null}
      {content}
      <Box role="status" className="visually-hidden">
        {list.announcement}
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
